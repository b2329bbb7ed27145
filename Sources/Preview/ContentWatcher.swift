import Foundation

/// Notices edits under some folders by comparing a fingerprint of every
/// file (path, size, modification time) — polling, so it needs nothing from
/// the system and works the same on any file system.
public struct ContentWatcher: Sendable {
    public let folders: [URL]
    /// Folders inside `folders` whose files do not count (the output, when it lies inside the content).
    public let ignored: [String]

    public init(folders: [URL], ignoring: [URL] = []) {
        self.folders = folders
        ignored = ignoring.map { $0.standardizedFileURL.path + "/" }
    }

    /// The current state of every file below the folders.
    public func fingerprint() -> [String: String] {
        var result: [String: String] = [:]
        let fm = FileManager.default
        for folder in folders {
            guard let walker = fm.enumerator(at: folder, includingPropertiesForKeys: [.contentModificationDateKey, .fileSizeKey],
                                             options: [.skipsHiddenFiles]) else { continue }
            for case let url as URL in walker {
                let path = url.standardizedFileURL.path
                if ignored.contains(where: { (path + "/").hasPrefix($0) }) {
                    walker.skipDescendants()
                    continue
                }
                guard let values = try? url.resourceValues(forKeys: [.contentModificationDateKey, .fileSizeKey, .isRegularFileKey]),
                      values.isRegularFile == true else { continue }
                let stamp = values.contentModificationDate?.timeIntervalSince1970 ?? 0
                result[url.path] = "\(values.fileSize ?? 0)@\(stamp)"
            }
        }
        return result
    }

    /// Blocks until a file changes, checking every `interval` seconds, then
    /// waits until the folders have been quiet for one interval (an editor
    /// saving several files) and returns the new fingerprint.
    public func waitForChange(after previous: [String: String], interval: TimeInterval = 0.3) -> [String: String] {
        var current = previous
        while current == previous {
            Thread.sleep(forTimeInterval: interval)
            current = fingerprint()
        }
        while true {
            Thread.sleep(forTimeInterval: interval)
            let next = fingerprint()
            if next == current { return next }
            current = next
        }
    }
}
