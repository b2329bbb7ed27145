// smartsite-illustrations — draws the pictures of the example case collection.
//
// The cases under content/cases/ need photos we are free to ship, so these
// are drawings made for the example with Cairo (flat vector shapes, labels
// set with Pango in Noto Sans CJK SC), not photographs of real sites. The
// output is deterministic: the same program writes the same bytes.
//
// Regenerate them with:
//
//     swift run smartsite-illustrations --output content/cases/illustrations
//
// --only FILE draws just one of them (e.g. --only tower-crane.jpg).
import Foundation

struct Options {
    var output: String?
    var only: String?

    static let usage = "usage: smartsite-illustrations --output DIR [--only FILE]"

    init(_ arguments: [String]) throws {
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--output": output = rest.popFirst()
            case "--only": only = rest.popFirst()
            case "-h", "--help": throw UsageError(message: Self.usage, exitCode: 0)
            default: throw UsageError(message: "unknown argument: \(argument)\n\(Self.usage)", exitCode: 2)
            }
        }
        if output == nil { throw UsageError(message: Self.usage, exitCode: 2) }
    }
}

struct UsageError: Error {
    let message: String
    let exitCode: Int32
}

func run() -> Int32 {
    let options: Options
    do { options = try Options(Array(CommandLine.arguments.dropFirst())) } catch let error as UsageError {
        FileHandle.standardError.write(Data((error.message + "\n").utf8))
        return error.exitCode
    } catch { return 2 }
    guard let outputPath = options.output else { return 2 }
    let directory = URL(fileURLWithPath: outputPath, isDirectory: true)
    let chosen = Illustration.all.filter { options.only == nil || $0.fileName == options.only }
    if chosen.isEmpty {
        FileHandle.standardError.write(Data("no illustration named \(options.only ?? "")\n".utf8))
        return 2
    }
    do {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for illustration in chosen {
            let bytes = try illustration.render()
            try Data(bytes).write(to: directory.appendingPathComponent(illustration.fileName), options: .atomic)
            print("\(illustration.fileName)\t\(illustration.pixelWidth)×\(illustration.pixelHeight)\t\(bytes.count / 1024) KB")
        }
    } catch {
        FileHandle.standardError.write(Data("error: \(error)\n".utf8))
        return 1
    }
    return 0
}

exit(run())
