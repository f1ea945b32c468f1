internal import CClang

extension CXString {
    /// Converts to a Swift string and disposes the CXString; the only place that disposes one.
    func consume() -> String {
        defer { clang_disposeString(self) }
        guard let cString = clang_getCString(self) else { return "" }
        return String(cString: cString)
    }
}
