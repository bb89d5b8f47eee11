package vn.parindex.backup;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Reads a backup written by {@link Backups} in {@link BackupFormat}, from its magic line on. */
final class BackupReader implements AutoCloseable {

    private static final int BUFFER = 1 << 16;
    /** No string of a backup (a name, a manifest, a value of a TEXT column) comes near this. */
    private static final int LONGEST_STRING = 1 << 30;

    private final DataInputStream in;
    private final Manifest manifest;

    private BackupReader(DataInputStream in, Manifest manifest) {
        this.in = in;
        this.manifest = manifest;
    }

    /** Opens {@code file} and reads its manifest; a file that is not a parindex backup is refused. */
    static BackupReader open(Path file) throws IOException {
        DataInputStream in = null;
        try {
            in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(
                    new BufferedInputStream(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS), BUFFER), BUFFER), BUFFER));
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
            return new BackupReader(in, Manifest.parse(new String(text, StandardCharsets.UTF_8)));
        } catch (ZipException | EOFException e) {
            close(in);
            throw new RefusedException(file + " is not a parindex backup (not a gzip stream beginning with PARINDEX-BACKUP); nothing was changed");
        } catch (Manifest.NotABackupException e) {
            close(in);
            throw new RefusedException(file + " is not a parindex backup (" + e.getMessage() + "); nothing was changed");
        } catch (IOException | RuntimeException e) {
            close(in);
            throw e;
        }
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
