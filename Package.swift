// swift-tools-version:6.0
// GreenPub: the publication-site builder of a county's public-institution energy office.
// Targets follow the pipeline: Load -> (validate) -> Compute -> Render -> Write (Kit).
import PackageDescription

/// Every GreenPub library module. Kit, the command and the tests above them name all of them,
/// not only those they import: their compiled code lays out these modules' structs (a
/// TemplateSet holds the template library's program), and a target is recompiled only when a
/// module it names changes. With the direct imports alone, an incremental release build after
/// a change to a struct's private fields in GreenPubTemplates linked a command that crashed.
let greenPubModules: [Target.Dependency] = [
    "GreenPubModel", "GreenPubBytes", "GreenPubLoad", "GreenPubCompute", "GreenPubCharts", "GreenPubMarkdown",
    "GreenPubTemplates", "GreenPubRender",
]

let package = Package(
    name: "GreenPub",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "greenpub", targets: ["greenpub"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // The system cmark-gfm library (Debian: libcmark-gfm-dev, libcmark-gfm-extensions-dev).
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // Sendable values shared by every stage: locations, diagnostics, the domain model.
        .target(name: "GreenPubModel"),
        // The byte buffer the page, chart and template writers append to.
        .target(name: "GreenPubBytes"),
        // Reading the project's files: CSV, XLSX, YAML, Markdown front matter. Parsers are pure;
        // only the `+FileSystem` files touch the disk.
        .target(name: "GreenPubLoad", dependencies: [
            "GreenPubModel",
            "GreenPubBytes",
            .product(name: "Yams", package: "Yams"),
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        // Accounts and plan evaluation: pure functions over loaded values.
        .target(name: "GreenPubCompute", dependencies: ["GreenPubModel"]),
        // Charts: typed chart descriptions in, SVG text out. Knows nothing of pages.
        .target(name: "GreenPubCharts", dependencies: ["GreenPubModel", "GreenPubBytes"]),
        // Mustache templates: parsing with line:column errors, rendering over typed values.
        .target(name: "GreenPubTemplates", dependencies: ["GreenPubBytes"]),
        // The only importer of cmark-gfm.
        .target(name: "GreenPubMarkdown", dependencies: ["CCmarkGFM"]),
        // Pages: view models, Mustache templates, shortcodes; returns files in memory.
        .target(name: "GreenPubRender", dependencies: [
            "GreenPubModel", "GreenPubBytes", "GreenPubCompute", "GreenPubCharts", "GreenPubMarkdown", "GreenPubTemplates",
        ]),
        // The pipeline and the only writer of the output folder (every module: see greenPubModules).
        .target(name: "GreenPubKit", dependencies: greenPubModules),
        // The command line: arguments to typed options, help and usage texts. Pure, no reflection:
        // the parser and the help are made from one table of options.
        .target(name: "GreenPubCommandLine", dependencies: ["GreenPubModel"]),
        // Maps the parsed command line to the pipeline's actions.
        .executableTarget(name: "greenpub", dependencies: greenPubModules + ["GreenPubKit", "GreenPubCommandLine"]),

        .testTarget(name: "GreenPubModelTests", dependencies: ["GreenPubModel"]),
        .testTarget(name: "GreenPubBytesTests", dependencies: ["GreenPubBytes"]),
        .testTarget(name: "GreenPubCommandLineTests", dependencies: ["GreenPubModel", "GreenPubCommandLine"]),
        .testTarget(name: "GreenPubLoadTests", dependencies: ["GreenPubLoad"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "GreenPubComputeTests", dependencies: greenPubModules + ["GreenPubKit"]),
        .testTarget(name: "GreenPubChartsTests", dependencies: ["GreenPubCharts"],
                    exclude: ["Golden"]),
        .testTarget(name: "GreenPubMarkdownTests", dependencies: ["GreenPubMarkdown"]),
        .testTarget(name: "GreenPubTemplatesTests", dependencies: ["GreenPubTemplates"]),
        .testTarget(name: "GreenPubRenderTests", dependencies: greenPubModules),
        .testTarget(name: "GreenPubKitTests", dependencies: greenPubModules + ["GreenPubKit"],
                    exclude: ["Fixtures", "Golden"]),
    ]
)
