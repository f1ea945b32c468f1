import ArgumentParser
import Foundation
import Mapping
import Translator

extension CU2HIP {
    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show what cu2hip does with a CUDA name: target, library, status, versions, notes, rules.",
            discussion: """
            NAME is a CUDA name from the mapping tables (cudaMalloc, cublasSgemm_v2, CUDNN_STATUS_SUCCESS) \
            or one that only a rule handles (cuda_runtime.h, __shfl_down_sync). An unknown name exits \
            with 1 and up to 5 close suggestions on stderr.
            """)

        @Argument(help: "The CUDA name.")
        var name: String

        @Option(help: ArgumentHelp(
            "ROCm release to resolve the target for (default: the installed HIP's, else \(TranslationOptions.defaultROCmVersion)).",
            valueName: "x.y"))
        var rocmVersion: String?

        @Option(help: ArgumentHelp("text or json.", valueName: "format"))
        var format = "text"

        @OptionGroup var libraries: LibraryChoiceOptions

        func validate() throws {
            if let rocmVersion, Version(rocmVersion) == nil {
                throw ValidationError("--rocm-version '\(rocmVersion)' is not a version like 6.2 or 5.2.3")
            }
            guard ["text", "json"].contains(format) else {
                throw ValidationError("--format '\(format)' is not one of text, json")
            }
        }

        func run() throws {
            let database = MappingDatabase.builtIn
            let summaries = Dictionary(uniqueKeysWithValues: RuleRegistry.descriptions.map { ($0.identifier, $0.summary) })
            let specialRules = RuleRegistry.rules(touching: name).map { identifier in
                let rule = RuleRegistry.rules.first { type(of: $0).description.identifier == identifier }.map { type(of: $0) }
                return APIExplanation.RuleNote(identifier: identifier, summary: summaries[identifier] ?? "",
                                               writes: rule?.writtenName(for: name), example: rule?.example(for: name),
                                               reportsOnly: rule?.reportsOnly(name) ?? false)
            }
            let target = ROCmTarget.detect(option: rocmVersion.flatMap(Version.init))
            guard let explanation = APIExplanation(
                name: name, database: database, rocmVersion: target.version,
                defaultROCmVersion: TranslationOptions.defaultROCmVersion,
                specialRules: specialRules, rocmNative: libraries.rocmNative, rocmVersionSource: target.installationHeader)
            else {
                let ruleNames = RuleRegistry.rules.flatMap { type(of: $0).specialNames }.sorted()
                let suggestions = database.suggestions(for: name, additionalNames: ruleNames)
                let stderr = StandardError()
                stderr.write("cu2hip: error: '\(name)' is not a name cu2hip knows (not in the mapping tables, and no rule handles it)")
                if !suggestions.isEmpty { stderr.write("cu2hip: did you mean: \(suggestions.joined(separator: ", "))") }
                throw ExitCode(1)
            }
            FileHandle.standardOutput.write(Data((format == "json" ? explanation.json() : explanation.text()).utf8))
        }
    }
}
