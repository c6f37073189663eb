import Foundation

#if os(Linux)
import Glibc

/// A bare HTTP/1.1 client (Linux only, like the tests that use it) over a blocking loopback socket, so tests can send request targets
/// exactly as written (`/../x`, `/%2e%2e/x`, backslashes) that URL-based clients would tidy up.
enum LoopbackClient {
    /// A status code and body, or nil status when the server closed without answering.
    struct Reply {
        var status: Int?
        var body: Data
    }

    /// Connects to 127.0.0.1:`port`; nil when nothing listens there.
    static func connect(port: UInt16) -> Int32? {
        let fd = socket(AF_INET, socketStream, 0)
        guard fd >= 0 else { return nil }
        var address = loopback(port: port)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            close(fd)
            return nil
        }
        return fd
    }

    /// Sends `GET target` and reads the whole reply (the request asks the server to close).
    static func get(_ target: String, port: UInt16) -> Reply {
        guard let fd = connect(port: port) else { return Reply(status: nil, body: Data()) }
        defer { close(fd) }
        send(fd, "GET \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        var received = Data()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = recv(fd, &buffer, buffer.count, 0)
            if count <= 0 { break }
            received.append(contentsOf: buffer[0..<count])
        }
        return parse(received)
    }

    /// Asks for `target`, reads at most a few bytes of the answer, then drops the connection
    /// with a reset, as a browser tab closed mid-download does.
    static func abandon(_ target: String, port: UInt16) {
        guard let fd = connect(port: port) else { return }
        send(fd, "GET \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        var buffer = [UInt8](repeating: 0, count: 16)
        _ = recv(fd, &buffer, buffer.count, 0)
        var reset = linger(l_onoff: 1, l_linger: 0)
        _ = setsockopt(fd, SOL_SOCKET, SO_LINGER, &reset, socklen_t(MemoryLayout<linger>.size))
        close(fd)
    }

    /// A port that nothing listens on right now, from the kernel's ephemeral range.
    static func freePort() -> UInt16? {
        let fd = socket(AF_INET, socketStream, 0)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var address = loopback(port: 0)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else { return nil }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard named == 0 else { return nil }
        return UInt16(bigEndian: address.sin_port)
    }

    // MARK: - Plumbing

    private static let socketStream = Int32(SOCK_STREAM.rawValue)

    private static func loopback(port: UInt16) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        return address
    }

    private static func send(_ fd: Int32, _ text: String) {
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if count <= 0 { return }
            sent += count
        }
    }

    private static func parse(_ data: Data) -> Reply {
        guard let end = data.range(of: Data("\r\n\r\n".utf8)) else { return Reply(status: nil, body: Data()) }
        let head = String(decoding: data[..<end.lowerBound], as: UTF8.self)
        let status = head.split(separator: " ", maxSplits: 2).dropFirst().first.flatMap { Int($0) }
        return Reply(status: status, body: Data(data[end.upperBound...]))
    }
}
#endif
