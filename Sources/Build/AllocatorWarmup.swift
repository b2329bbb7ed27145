/// Lets cairo's font subsetter reuse memory instead of faulting in fresh
/// pages, which took a quarter of the time of a short book.
///
/// For each font face of a book cairo reads the face's whole CFF table
/// (15–25 MB for Noto CJK) into a new block, twice: once to check its kind,
/// once to subset it. glibc serves blocks above its mmap threshold (128 KiB
/// at first) from fresh mappings and unmaps them when freed, then raises the
/// threshold to that block's size, up to 32 MiB. Until it has risen past the
/// largest table, every read maps and touches thousands of new pages. One
/// block of nearly the maximum, freed once per process, raises it at once,
/// so that the tables are read into heap memory that is used again. (The
/// threshold is the whole process's — which is why the build, not the PDF
/// library, sets it; during the first book glibc raises it nearly as far
/// anyway, to the largest table's size.)
enum AllocatorWarmup {
    /// Evaluated when a build starts; does its work the first time.
    static let done: Void = {
        #if os(Linux)
        UnsafeMutableRawPointer.allocate(byteCount: 31 << 20, alignment: 16).deallocate()
        #endif
    }()
}
