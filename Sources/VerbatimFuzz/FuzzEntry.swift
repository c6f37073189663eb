import Foundation

/// The fuzzing program: hands its arguments to libFuzzer's driver, which calls
/// `fuzzOneInput` with each generated input.
///
/// Build and run it with `scripts/fuzz.sh` (`make fuzz`), which compiles this target with
/// `-sanitize=fuzzer` in its own build folder. The program has its own `main` because the
/// package manager links every executable through one; libFuzzer's `LLVMFuzzerRunDriver` then
/// does what libFuzzer's `main` would.
@main
enum FuzzEntry {
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOneInput))
    }
}

/// One input: runs it through the pipeline checks. libFuzzer requires the return value 0.
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    PipelineCheck.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

/// libFuzzer's driver, present when the program is linked with `-sanitize=fuzzer`.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32
