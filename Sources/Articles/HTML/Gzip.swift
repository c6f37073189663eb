import CLibXML2

/// Inflates gzip data (a saved page stored as `.html.gz`), with zlib.
enum Gzip {
    /// Why gzip data could not be inflated.
    enum Failure: Error {
        /// The data ends before the compressed stream does.
        case truncated
        /// The data is not a gzip stream, or it is damaged; zlib's message says where.
        case damaged(String)
        /// The inflated data would pass the size limit.
        case tooLarge
    }

    /// True when `bytes` start with gzip's magic number.
    static func isCompressed(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    /// The inflated bytes of `compressed`, refusing more than `limit` bytes so that a small
    /// hostile file cannot expand into gigabytes of memory.
    static func inflate(_ compressed: [UInt8], limit: Int = 256 << 20) throws(Failure) -> [UInt8] {
        var stream = z_stream()
        // 16 + MAX_WBITS: a gzip header and trailer around the deflate stream.
        guard inflateInit2_(&stream, 16 + MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .damaged("zlib could not start")
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        output.reserveCapacity(compressed.count * 4)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var status: Int32 = Z_OK
        var input = compressed
        var message: String?
        input.withUnsafeMutableBufferPointer { inputBuffer in
            stream.next_in = inputBuffer.baseAddress
            stream.avail_in = uInt(inputBuffer.count)
            repeat {
                chunk.withUnsafeMutableBufferPointer { chunkBuffer in
                    stream.next_out = chunkBuffer.baseAddress
                    stream.avail_out = uInt(chunkBuffer.count)
                    status = CLibXML2.inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunk.count - Int(stream.avail_out)
                output.append(contentsOf: chunk[0..<produced])
                if status == Z_DATA_ERROR || status == Z_STREAM_ERROR || status == Z_MEM_ERROR || status == Z_NEED_DICT {
                    message = stream.msg.map { String(cString: $0) } ?? "damaged compressed data"
                    return
                }
                if output.count > limit { return }
                // Z_BUF_ERROR with input left means no progress was possible: the stream is cut short.
                if status == Z_BUF_ERROR { return }
            } while status != Z_STREAM_END
        }
        if let message { throw .damaged(message) }
        if output.count > limit { throw .tooLarge }
        if status != Z_STREAM_END { throw .truncated }
        return output
    }
}
