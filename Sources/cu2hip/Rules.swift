import ArgumentParser
import Translator

extension CU2HIP {
    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the rewrite rules with their identifiers.")

        func run() {
            for description in RuleRegistry.descriptions {
                print("\(description.identifier)\t\(description.summary)")
            }
        }
    }
}
