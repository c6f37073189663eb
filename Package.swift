// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Verbatim",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "verbatim", targets: ["verbatim"]),
        .library(name: "Site", targets: ["Site", "SiteIncremental", "SiteOutput", "SitePages", "SiteModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(name: "CmarkGFM", dependencies: ["CCmarkGFM"]),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev", "zlib1g-dev"])]
        ),
        .target(name: "Articles", dependencies: ["CLibXML2", .product(name: "Yams", package: "Yams")]),
        .target(name: "Attribution", dependencies: ["Articles", .product(name: "Yams", package: "Yams")]),
        .target(name: "Content", dependencies: ["Articles", "Attribution", "CmarkGFM", .product(name: "Yams", package: "Yams")]),
        .target(name: "SiteModel", dependencies: ["Articles", "Attribution", "Content"]),
        .target(
            name: "SitePages",
            dependencies: [
                "SiteModel", "Articles", "Attribution", "Content", "CmarkGFM",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.embedInCode("Templates")]
        ),
        .target(name: "SiteOutput", dependencies: ["SiteModel", "SitePages"]),
        .target(name: "SiteIncremental", dependencies: ["SiteModel", "SitePages", "SiteOutput", "Articles", "Attribution", "Content"]),
        .target(
            name: "Site",
            dependencies: ["SiteModel", "SitePages", "SiteOutput", "SiteIncremental", "Articles", "Attribution", "Content"]
        ),
        .target(name: "Preview", dependencies: ["Site", .product(name: "FlyingFox", package: "FlyingFox")]),
        .executableTarget(
            name: "verbatim",
            dependencies: [
                "Articles", "Attribution", "Content", "Site", "SiteModel", "SitePages", "CmarkGFM", "Preview",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "TestSupport", dependencies: ["Articles", "Attribution", "Content"], path: "Tests/TestSupport"),
        .testTarget(name: "CmarkGFMTests", dependencies: ["CmarkGFM", "TestSupport"]),
        .testTarget(name: "ArticlesTests", dependencies: ["Articles", "TestSupport"]),
        .testTarget(name: "AttributionTests", dependencies: ["Attribution", "Articles"]),
        .testTarget(name: "ContentTests", dependencies: ["Content", "Attribution", "Articles", "CmarkGFM", "TestSupport"]),
        .testTarget(name: "SiteModelTests", dependencies: ["SiteModel", "Content", "Articles", "Attribution", "TestSupport"]),
        .testTarget(name: "SitePagesTests", dependencies: ["SitePages", "SiteModel", "Content", "Articles", "Attribution", "TestSupport"]),
        .testTarget(name: "SiteOutputTests", dependencies: ["SiteOutput", "SitePages"]),
        .testTarget(
            name: "SiteIncrementalTests",
            dependencies: ["SiteIncremental", "SitePages", "SiteModel", "Content", "Articles", "Attribution", "TestSupport"]
        ),
        .testTarget(
            name: "SiteTests",
            dependencies: ["Site", "SitePages", "SiteModel", "Content", "Articles", "Attribution", "TestSupport"]
        ),
        .testTarget(name: "VerbatimTests", dependencies: ["verbatim", "Articles", "Attribution", "Content", "TestSupport"]),
        .testTarget(name: "PreviewTests", dependencies: ["Preview"]),
    ],
    swiftLanguageModes: [.v6]
)

// The libFuzzer target has no `main` of its own (libFuzzer supplies it), so it exists only in the
// fuzzing build that scripts/fuzz.sh runs with VERBATIM_FUZZ=1 and its own build folder.
if Context.environment["VERBATIM_FUZZ"] != nil {
    package.targets.append(
        .executableTarget(name: "VerbatimFuzz", dependencies: ["Articles", "Attribution", "Content", "CmarkGFM"]))
    package.products.append(.executable(name: "VerbatimFuzz", targets: ["VerbatimFuzz"]))
}
