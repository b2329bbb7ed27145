// swift-tools-version:6.0
import PackageDescription

// Data flows one way: files → Model → Statistics → Document → renderers → files.
// See README.md ("Architecture") for which module may import which.
let package = Package(
    name: "SmartSite",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "smartsite", targets: ["smartsite"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // C libraries, found through pkg-config.
        .systemLibrary(
            name: "CCMark", path: "Sources/CCMark", pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        .systemLibrary(
            name: "CCairo", path: "Sources/CCairo", pkgConfig: "pangocairo",
            providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]),
        .systemLibrary(name: "CXLSXWriter", path: "Sources/CXLSXWriter", pkgConfig: "xlsxwriter", providers: [.apt(["libxlsxwriter-dev"])]),
        .systemLibrary(name: "CJPEG", path: "Sources/CJPEG", pkgConfig: "libjpeg", providers: [.apt(["libjpeg62-turbo-dev"])]),
        .systemLibrary(name: "CCrypto", path: "Sources/CCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),

        .target(name: "Model"),
        .target(name: "DataIO", dependencies: [
            "Model", .product(name: "Yams", package: "Yams"), .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        .target(name: "Statistics", dependencies: ["Model"]),
        .target(name: "DataExport", dependencies: ["Model", "Statistics", "CXLSXWriter"]),
        .target(name: "Document", dependencies: [
            "Model", "Statistics", "CCMark", .product(name: "Yams", package: "Yams"),
        ]),
        .target(name: "Charts", dependencies: ["Model", "Statistics", "CCairo"]),
        .target(name: "HTMLSite", dependencies: [
            "Model", "Statistics", "Document", "Charts", "Imaging",
            .product(name: "Mustache", package: "swift-mustache"),
        ]),
        .target(name: "PDFBook", dependencies: ["Model", "Document", "Charts", "CCairo"]),
        .target(name: "DemoData", dependencies: ["Model"]),
        .target(name: "Imaging", dependencies: ["Model", "CCairo", "CJPEG"]),
        .target(name: "Build", dependencies: [
            "Model", "DataIO", "Statistics", "Document", "Charts", "HTMLSite", "PDFBook", "DataExport", "DemoData",
            "CCrypto",
        ]),
        .target(name: "Preview", dependencies: ["Build", .product(name: "FlyingFox", package: "FlyingFox")]),
        .executableTarget(name: "smartsite", dependencies: [
            "Build", "Preview", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "smartsite-bench-charts", dependencies: ["Build", "Charts", "Document", "DataIO", "Statistics", "Model", "CCairo"]),
        .executableTarget(name: "smartsite-illustrations", dependencies: ["CCairo", "Imaging"]),

        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "DataIOTests", dependencies: [
            "DataIO", "TestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        .testTarget(name: "StatisticsTests", dependencies: ["Statistics", "DataIO", "TestSupport"]),
        .testTarget(name: "DataExportTests", dependencies: ["DataExport", "TestSupport"]),
        .testTarget(name: "DocumentTests", dependencies: ["Document", "TestSupport"]),
        .testTarget(name: "ChartsTests", dependencies: ["Charts", "TestSupport"]),
        .testTarget(name: "HTMLSiteTests", dependencies: ["HTMLSite", "Document", "TestSupport"],
                    exclude: ["Search/search.test.js", "Search/fixture-index.js"]),
        .testTarget(name: "PDFBookTests", dependencies: ["PDFBook", "Document", "TestSupport"]),
        .testTarget(name: "DemoDataTests", dependencies: ["DemoData", "DataIO", "Statistics", "TestSupport"]),
        .testTarget(name: "BuildTests", dependencies: ["Build", "TestSupport"]),
        .testTarget(name: "CLITests", dependencies: ["smartsite", "TestSupport"]),
        .testTarget(name: "PreviewTests", dependencies: ["Preview", "TestSupport", .product(name: "FlyingFox", package: "FlyingFox")]),
        .testTarget(name: "ImagingTests", dependencies: ["Imaging", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
