/// Every rule, in the order they run. Specialised rules run before the generic rename so they
/// can claim the names they handle; the include rule runs last because it needs to know whether
/// the file uses the runtime.
public enum RuleRegistry {
    public static let rules: [any Rule] = [
        WarpSyncRule(),
        KernelLaunchRule(),
        SymbolArgumentRule(),
        VoidPointerArgumentRule(),
        DefaultArgumentRule(),
        CallbackMacroRule(),
        KernelPointerCastRule(),
        DriverErrorStringRule(),
        DriverCallRule(),
        PreprocessorConditionRule(),
        CUDAArchValueRule(),
        DevicePropertyRule(),
        HalfMemberRule(),
        CuDNNFindRule(),
        CuDNNCallRule(),
        RocBLASCallRule(),
        RocSPARSECallRule(),
        ComplexArgumentRule(),
        EnumValueRule(),
        NamespaceRule(),
        ModuleImageRule(),
        NVTXRule(),
        CuBLASLtRule(),
        WMMARule(),
        InlineAssemblyRule(),
        VectorOperatorRule(),
        DynamicParallelismRule(),
        CooperativeGroupsReduceRule(),
        APIRenameRule(),
        IncludeRule(),
    ]

    /// Identifiers of the rules that treat `name` specially (sorted); the generic rename is not
    /// listed here.
    public static func rules(touching name: String) -> [String] {
        rules.filter { type(of: $0).specialNames.contains(name) }.map { type(of: $0).description.identifier }.sorted()
    }

    /// The descriptions, sorted by identifier (for documentation and tests).
    public static var descriptions: [RuleDescription] {
        rules.map { type(of: $0).description }.sorted { $0.identifier < $1.identifier }
    }
}
