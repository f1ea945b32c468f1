import Foundation
import Testing
import TestSupport

/// `cu2hip check`'s SARIF validated against the OASIS SARIF 2.1.0 schema (vendored in
/// Tests/Schemas), and its JSON against cu2hip's own schema, with the Python `jsonschema` package
/// that Scripts/setup.sh installs into .build/check-venv.
@Suite("cu2hip check: output against the JSON schemas")
struct CheckSchemaTests {
    static let schemas = TestSupport.repositoryRoot.appendingPathComponent("Tests/Schemas")
    static let python = TestSupport.repositoryRoot.appendingPathComponent(".build/check-venv/bin/python")

    /// Prints one line per validation error ("path/in/instance: message") and exits 1 when there
    /// is any; checks the schema itself first.
    static let validator = """
    import json, sys
    import jsonschema
    schema = json.load(open(sys.argv[1]))
    instance = json.load(open(sys.argv[2]))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    errors = sorted(cls(schema, format_checker=cls.FORMAT_CHECKER).iter_errors(instance), key=lambda e: [str(p) for p in e.absolute_path])
    for error in errors:
        print("/".join(str(p) for p in error.absolute_path) + ": " + error.message)
    sys.exit(1 if errors else 0)
    """

    /// Validates the JSON file `instance` against `schema` (a file in Tests/Schemas).
    static func validate(_ instance: URL, against schema: String) throws -> (status: Int32, output: String) {
        guard FileManager.default.isExecutableFile(atPath: python.path) else {
            throw TestFailure("\(python.path) is missing: run `bash Scripts/setup.sh`, which installs jsonschema from PyPI into .build/check-venv")
        }
        let run = try TestSupport.run(python.path, ["-c", validator, schemas.appendingPathComponent(schema).path, instance.path])
        return (run.status, run.stdout + run.stderr)
    }

    /// Runs check on a copy of the fixture project with `arguments` and returns the report file.
    static func report(_ format: String, withBaseline: Bool, in scratch: Scratch) throws -> URL {
        var arguments = ["check", "project", "--rocm-version", "7.0", "--format", format, "--fail-on", "never", "--output", "report.\(format)"]
        if withBaseline {
            let written = try CLI.run(["check", "project", "--rocm-version", "7.0", "--write-baseline", "baseline.json", "--fail-on", "never"], in: scratch.url)
            guard written.status == 0 else { throw TestFailure("--write-baseline failed: \(written)") }
            // One finding more than the baseline knows: the results carry both baseline states.
            let saxpy = scratch.path("project/src/saxpy.cu")
            let text = Files.text(saxpy) ?? ""
            try Files.write(text.replacingOccurrences(of: "    cudaFree(y);\n", with: "    cudaFree(y);\n    cudaStreamGetId(stream, &id);\n"), to: saxpy)
            arguments += ["--baseline", "baseline.json"]
        }
        let result = try CLI.run(arguments, in: scratch.url)
        guard result.status == 0 else { throw TestFailure("check failed: \(result)") }
        return scratch.path("report.\(format)")
    }

    @Test("the SARIF log validates against the SARIF 2.1.0 schema", arguments: [false, true])
    func sarifValidates(withBaseline: Bool) throws {
        let scratch = try CheckFixture.scratch()
        defer { scratch.remove() }
        let sarif = try Self.report("sarif", withBaseline: withBaseline, in: scratch)

        let validation = try Self.validate(sarif, against: "sarif-schema-2.1.0.json")

        #expect(validation.status == 0, "\(validation.output)")
        #expect(validation.output.isEmpty, "\(validation.output)")
        if withBaseline {
            #expect(Files.text(sarif)?.contains("\"baselineState\" : \"new\"") == true)
            #expect(Files.text(sarif)?.contains("\"baselineState\" : \"unchanged\"") == true)
        }
    }

    @Test("the validation fails on a SARIF log that breaks the schema (so the test above can fail)")
    func brokenSARIFFails() throws {
        let scratch = try CheckFixture.scratch()
        defer { scratch.remove() }
        let sarif = try Self.report("sarif", withBaseline: false, in: scratch)
        var text = try #require(Files.text(sarif))
        text = text.replacingOccurrences(of: "\"level\" : \"warning\"", with: "\"level\" : \"severe\"")
        text = text.replacingOccurrences(of: "  \"version\" : \"2.1.0\"\n", with: "  \"version\" : \"2.0.9\"\n")
        try Files.write(text, to: sarif)

        let validation = try Self.validate(sarif, against: "sarif-schema-2.1.0.json")

        #expect(validation.status == 1, "\(validation.output)")
        #expect(validation.output.contains("runs/0/results/3/level: 'severe' is not one of ['none', 'note', 'warning', 'error']"), "\(validation.output)")
        #expect(validation.output.contains("version: '2.0.9' is not one of ['2.1.0']"), "\(validation.output)")
    }

    @Test("the JSON report validates against cu2hip's schema; a report missing a field does not")
    func jsonValidates() throws {
        let scratch = try CheckFixture.scratch()
        defer { scratch.remove() }
        let json = try Self.report("json", withBaseline: true, in: scratch)

        let validation = try Self.validate(json, against: "cu2hip-check-report.schema.json")
        #expect(validation.status == 0, "\(validation.output)")

        let text = try #require(Files.text(json))
        try Files.write(text.replacingOccurrences(of: "\"fingerprint\" :", with: "\"fingerprints\" :"), to: json)
        let broken = try Self.validate(json, against: "cu2hip-check-report.schema.json")
        #expect(broken.status == 1, "\(broken.output)")
        #expect(broken.output.contains("findings/0: 'fingerprint' is a required property"), "\(broken.output)")
    }

    @Test("what GitHub code scanning needs beyond the schema: rules for every result, relative locations, fingerprints")
    func codeScanning() throws {
        let scratch = try CheckFixture.scratch()
        defer { scratch.remove() }
        let sarif = try Self.report("sarif", withBaseline: false, in: scratch)
        let log = try #require(try JSONSerialization.jsonObject(with: Data((Files.text(sarif) ?? "").utf8)) as? [String: Any])

        #expect(log["$schema"] as? String == "https://json.schemastore.org/sarif-2.1.0.json")
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "cu2hip")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let ruleIDs = rules.compactMap { $0["id"] as? String }
        #expect(ruleIDs == ["api-rename", "clang", "include-search"])
        for rule in rules {
            #expect(((rule["shortDescription"] as? [String: Any])?["text"] as? String)?.isEmpty == false)
            #expect(((rule["help"] as? [String: Any])?["text"] as? String)?.isEmpty == false)
        }
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 8)
        for result in results {
            let ruleID = try #require(result["ruleId"] as? String)
            #expect(ruleIDs[result["ruleIndex"] as? Int ?? -1] == ruleID)
            #expect(["error", "warning", "note"].contains(result["level"] as? String ?? ""))
            let location = try #require(((result["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any])
            let artifact = try #require(location["artifactLocation"] as? [String: Any])
            #expect(artifact["uriBaseId"] as? String == "%SRCROOT%")
            #expect((artifact["uri"] as? String)?.hasPrefix("project/src/") == true)
            #expect(((location["region"] as? [String: Any])?["startLine"] as? Int ?? 0) >= 1)
            #expect(((result["partialFingerprints"] as? [String: String])?["cu2hipFingerprint/v1"])?.utf8.count == 32)
        }
    }

    @Test("the vendored SARIF schema is OASIS's 2.1.0 errata 01 file, byte for byte as its README says")
    func vendoredSchema() throws {
        let path = Self.schemas.appendingPathComponent("sarif-schema-2.1.0.json")
        let digest = try TestSupport.run("/usr/bin/sha256sum", [path.path])
        #expect(digest.stdout.hasPrefix("c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e "))
        #expect(Files.bytes(path)?.count == 112_768)
        #expect(Files.text(path)?.contains("\"id\": \"https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json\"") == true)
        #expect(Files.text(Self.schemas.appendingPathComponent("README.md"))?.contains("c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e") == true)
    }
}
