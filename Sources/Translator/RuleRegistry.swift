/// Every rule, in the order they run. Specialised rules run before the generic rename so they
/// can claim the names they handle; the include rule runs last because it needs to know whether
/// the file uses the runtime.
public enum RuleRegistry {
    public static let rules: [any Rule] = [
        WarpSyncRule(),
        KernelLaunchRule(),
        SymbolArgumentRule(),
        KernelPointerCastRule(),
        PreprocessorConditionRule(),
        CuDNNCallRule(),
        APIRenameRule(),
        IncludeRule(),
    ]

    /// The descriptions, sorted by identifier (for documentation and tests).
    public static var descriptions: [RuleDescription] {
        rules.map { type(of: $0).description }.sorted { $0.identifier < $1.identifier }
    }
}
