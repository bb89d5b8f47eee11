package vn.parindex.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * What a backup is written through: the primitives of {@link BackupFormat}, into a buffer of its own. Not a
 * DataOutputStream: its writes are synchronized, and a national warehouse has a hundred million values, each a few
 * writes.
 */
final class BackupOutput extends OutputStream {

    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private int used;

    BackupOutput(OutputStream out) {
        this.out = out;
    }

    void writeByte(int b) throws IOException {
        if (used == buffer.length) {
            drain();
        }
        buffer[used++] = (byte) b;
    }

    @Override
    public void write(int b) throws IOException {
        writeByte(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (len > buffer.length - used) {
            drain();
            if (len > buffer.length) {
                out.write(b, off, len);
                return;
            }
        }
        System.arraycopy(b, off, buffer, used, len);
        used += len;
    }

    void writeInt(int v) throws IOException {
        writeByte(v >>> 24);
        writeByte(v >>> 16);
        writeByte(v >>> 8);
        writeByte(v);
    }

    void writeLong(long v) throws IOException {
        writeInt((int) (v >>> 32));
        writeInt((int) v);
    }

    /** 7 bits a byte, low bits first, the high bit set on every byte but the last. */
    void writeVarint(int value) throws IOException {
        while ((value & ~0x7F) != 0) {
            writeByte((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        writeByte(value);
    }

    /** An int length and the UTF-8 bytes. */
    void writeString(String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        writeInt(bytes.length);
        write(bytes, 0, bytes.length);
    }

    private void drain() throws IOException {
        if (used > 0) {
            out.write(buffer, 0, used);
            used = 0;
        }
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        drain();
        out.close();
    }
}
