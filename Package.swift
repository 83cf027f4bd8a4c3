// swift-tools-version:5.9
import PackageDescription

let package = Package(
    name: "budget-etl",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "BudgetETL", targets: ["BudgetETL"]),
        .executable(name: "budget-etl", targets: ["budget-etl"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
    ],
    targets: [
        // The system zlib (Debian zlib1g-dev): gzip input and compressed state files.
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(
            name: "BudgetETL",
            dependencies: [
                "CZlib",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "budget-etl",
            dependencies: [
                "BudgetETL",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(name: "BudgetETLTests", dependencies: ["BudgetETL"],
                    exclude: ["Generality/GeneralityBaseline.tsv"]),
    ]
)
