import ArgumentParser
import Clang
import Translator

@main
struct CU2HIP: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cu2hip",
        abstract: "Translate CUDA sources to HIP for AMD GPUs, with a unified diff and a compatibility report.",
        discussion: """
        EXIT CODES
          0   every file converted, no parse errors
          1   an input could not be read or converted, or an output could not be written
          2   --strict and CUDA names without a HIP equivalent remain
          3   outputs written, but clang reported errors in some files (missing headers, syntax
              errors); those parts were translated from tokens only
          64  bad command line
        """,
        version: "cu2hip \(Conversion.version) (\(libclangVersion))",
        subcommands: [Convert.self, Check.self, Rules.self, Explain.self, APIs.self],
        defaultSubcommand: Convert.self)
}
