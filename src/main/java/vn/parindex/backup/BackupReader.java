package vn.parindex.backup;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import net.jpountz.lz4.LZ4FrameInputStream;

/** Reads a backup written by {@link Backups} in {@link BackupFormat}, from its magic line on. */
final class BackupReader implements AutoCloseable {

    private static final int BUFFER = 1 << 16;
    /** No string of a backup (a name, a manifest, a value of a TEXT column) comes near this. */
    private static final int LONGEST_STRING = 1 << 30;

    private static final byte[] GZIP = {0x1f, (byte) 0x8b};
    private static final byte[] LZ4_FRAME = {0x04, 0x22, 0x4d, 0x18};

    private final DataInputStream in;
    private final int format;
    private final Manifest manifest;

    private BackupReader(DataInputStream in, int format, Manifest manifest) {
        this.in = in;
        this.format = format;
        this.manifest = manifest;
    }

    /** Opens {@code file} and reads its manifest; a file that is not a parindex backup is refused. */
    static BackupReader open(Path file) throws IOException {
        DataInputStream in = null;
        try {
            in = new DataInputStream(new BufferedInputStream(decompressed(
                    new BufferedInputStream(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS), BUFFER)), BUFFER));
            byte[] magic = new byte[BackupFormat.MAGIC.length];
            in.readFully(magic);
            if (!Arrays.equals(magic, BackupFormat.MAGIC)) {
                throw new Manifest.NotABackupException("it does not begin as one");
            }
            int format = in.readInt();
            if (format < 1 || format > BackupFormat.FORMAT_VERSION) {
                throw new RefusedException(file + " is a parindex backup of format " + format + ", which this version (format "
                        + BackupFormat.FORMAT_VERSION + ") cannot read: restore it with a newer parindex; nothing was changed");
            }
            int length = in.readInt();
            if (length < 0 || length > 1 << 20) {
                throw new Manifest.NotABackupException("its manifest is not one");
            }
            byte[] text = new byte[length];
            in.readFully(text);
            return new BackupReader(in, format, Manifest.parse(new String(text, StandardCharsets.UTF_8)));
        } catch (ZipException | EOFException e) {
            close(in);
            throw new RefusedException(file + " is not a parindex backup (not a compressed stream beginning with PARINDEX-BACKUP);"
                    + " nothing was changed");
        } catch (Manifest.NotABackupException e) {
            close(in);
            throw new RefusedException(file + " is not a parindex backup (" + e.getMessage() + "); nothing was changed");
        } catch (IOException | RuntimeException e) {
            close(in);
            throw e;
        }
    }

    /** LZ4 frames (format 2) or gzip (format 1), told by their own magic numbers; anything else is no backup. */
    private static InputStream decompressed(BufferedInputStream raw) throws IOException {
        raw.mark(LZ4_FRAME.length);
        byte[] start = raw.readNBytes(LZ4_FRAME.length);
        raw.reset();
        if (Arrays.equals(start, LZ4_FRAME)) {
            return new LZ4FrameInputStream(raw);
        }
        if (start.length >= GZIP.length && start[0] == GZIP[0] && start[1] == GZIP[1]) {
            return new GZIPInputStream(raw, BUFFER);
        }
        raw.close();
        throw new ZipException("neither LZ4 frames nor gzip");
    }

    private static void close(DataInputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // the refusal says what matters
            }
        }
    }

    Manifest manifest() {
        return manifest;
    }

    byte next() throws IOException {
        return in.readByte();
    }

    int readInt() throws IOException {
        return in.readInt();
    }

    long readLong() throws IOException {
        return in.readLong();
    }

    String readString() throws IOException {
        return new String(readBytes(), StandardCharsets.UTF_8);
    }

    byte[] readBytes() throws IOException {
        int length = in.readInt();
        if (length < 0 || length > LONGEST_STRING) {
            throw new IOException("the backup is damaged: a value of " + length + " bytes");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return bytes;
    }

    /** A row's value: its bytes (UTF-8 text or binary, as its column says), or null. */
    byte[] value() throws IOException {
        if (format == BackupFormat.FORMAT_GZIP) {
            byte tag = in.readByte();
            if (tag == BackupFormat.NULL) {
                return null;
            }
            if (tag != BackupFormat.TEXT && tag != BackupFormat.BYTES) {
                throw new IOException("the backup is damaged: value tag " + tag);
            }
            return readBytes();
        }
        int n = varint();
        if (n == 0) {
            return null;
        }
        if (n - 1 > LONGEST_STRING) {
            throw new IOException("the backup is damaged: a value of " + (n - 1) + " bytes");
        }
        byte[] bytes = new byte[n - 1];
        in.readFully(bytes);
        return bytes;
    }

    private int varint() throws IOException {
        int value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = in.readUnsignedByte();
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IOException("the backup is damaged: a value's length runs over five bytes");
    }

    /** Copies the next {@code size} bytes to {@code out}. */
    void copy(long size, java.io.OutputStream out) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long left = size;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                throw new EOFException("the backup ends inside a file");
            }
            out.write(buffer, 0, n);
            left -= n;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
