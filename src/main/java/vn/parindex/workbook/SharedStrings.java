package vn.parindex.workbook;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import vn.parindex.csv.CellText;

/**
 * A workbook's shared strings table, kept on disk rather than in memory: Excel stores every text cell there, so a
 * ledger of a million dossiers with their own identifiers holds a million strings. Each string is written once,
 * as UTF-8, to an unnamed temporary file (deleted as soon as it is opened, so nothing is left behind however the
 * process ends), with its offset and length in a second one; a small direct-mapped cache serves the strings a
 * sheet repeats (unit codes, channels). Each string is stored cleaned (trimmed, NFC: {@link CellText}).
 */
final class SharedStrings implements Closeable {

    /** A string longer than this is not a value anyone typed: the file is refused as oversized. */
    static final int MAX_STRING_CHARS = 1_000_000;
    /** All the strings together, on disk: past this the file is refused as oversized rather than filling the disk. */
    static final long MAX_TOTAL_BYTES = 512L << 20;
    private static final int INDEX_ENTRY = Long.BYTES + Integer.BYTES;
    private static final int CACHE_SLOTS = 4096;

    private final FileChannel data;
    private final FileChannel index;
    private final long count;
    private final long bytes;
    private final String[] cache = new String[CACHE_SLOTS];
    private final long[] cached = new long[CACHE_SLOTS];
    private final ByteBuffer entry = ByteBuffer.allocate(INDEX_ENTRY);

    private SharedStrings(FileChannel data, FileChannel index, long count, long bytes) {
        this.data = data;
        this.index = index;
        this.count = count;
        this.bytes = bytes;
        java.util.Arrays.fill(cached, -1);
    }

    static SharedStrings none() {
        return new SharedStrings(null, null, 0, 0);
    }

    /** Reads the {@code sst} part. */
    static SharedStrings read(InputStream part) throws IOException, XMLStreamException {
        FileChannel data = unnamedTemporaryFile();
        FileChannel index = null;
        try {
            index = unnamedTemporaryFile();
            Appender strings = new Appender(data);
            long count = copy(SecureXml.reader(part), strings, new Appender(index));
            return new SharedStrings(data, index, count, strings.position() + count * INDEX_ENTRY);
        } catch (IOException | XMLStreamException | RuntimeException e) {
            data.close();
            if (index != null) {
                index.close();
            }
            throw e;
        }
    }

    long count() {
        return count;
    }

    /** What the table takes on disk. */
    long bytes() {
        return bytes;
    }

    /** The string at {@code position}, or null when the table has no such entry. */
    String get(long position) {
        if (position < 0 || position >= count) {
            return null;
        }
        int slot = (int) (position % CACHE_SLOTS);
        if (cached[slot] == position) {
            return cache[slot];
        }
        try {
            entry.clear();
            readFully(index, entry, position * INDEX_ENTRY);
            entry.flip();
            long offset = entry.getLong();
            int length = entry.getInt();
            ByteBuffer bytes = ByteBuffer.allocate(length);
            readFully(data, bytes, offset);
            String value = new String(bytes.array(), StandardCharsets.UTF_8);
            cache[slot] = value;
            cached[slot] = position;
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (data != null) {
            try (index) {
                data.close();
            }
        }
    }

    private static long copy(XMLStreamReader xml, Appender data, Appender index) throws XMLStreamException, IOException {
        long count = 0;
        StringBuilder text = new StringBuilder();
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("si")) {
                text.setLength(0);
                InlineText.read(xml, text, MAX_STRING_CHARS);
                // cleaned here, once per string: a string referenced by a million cells is not trimmed and normalised
                // a million times (SPEC §3, work proportional to the expanded content)
                byte[] utf8 = CellText.clean(text.toString()).getBytes(StandardCharsets.UTF_8);
                if (data.position() + utf8.length > MAX_TOTAL_BYTES) {
                    throw WorkbookProblem.tooLarge("bảng chuỗi dùng chung lớn hơn " + (MAX_TOTAL_BYTES >> 20) + " MB");
                }
                index.putLong(data.position());
                index.putInt(utf8.length);
                data.put(utf8);
                count++;
            }
        }
        data.flush();
        index.flush();
        return count;
    }

    private static FileChannel unnamedTemporaryFile() throws IOException {
        Path file = Files.createTempFile("parindex-strings-", ".tmp");   // owner-only on POSIX systems
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        Files.delete(file);
        return channel;
    }

    private static void readFully(FileChannel channel, ByteBuffer into, long position) throws IOException {
        long at = position;
        while (into.hasRemaining()) {
            int read = channel.read(into, at);
            if (read < 0) {
                throw new IOException("shared strings file ended early");
            }
            at += read;
        }
    }

    /** Buffered appends to a channel. */
    private static final class Appender {
        private final FileChannel channel;
        private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        private long position;

        Appender(FileChannel channel) {
            this.channel = channel;
        }

        long position() {
            return position;
        }

        void putLong(long value) throws IOException {
            room(Long.BYTES);
            buffer.putLong(value);
            position += Long.BYTES;
        }

        void putInt(int value) throws IOException {
            room(Integer.BYTES);
            buffer.putInt(value);
            position += Integer.BYTES;
        }

        void put(byte[] bytes) throws IOException {
            if (bytes.length > buffer.capacity()) {
                flush();
                ByteBuffer whole = ByteBuffer.wrap(bytes);
                while (whole.hasRemaining()) {
                    channel.write(whole);
                }
            } else {
                room(bytes.length);
                buffer.put(bytes);
            }
            position += bytes.length;
        }

        void flush() throws IOException {
            buffer.flip();
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            buffer.clear();
        }

        private void room(int bytes) throws IOException {
            if (buffer.remaining() < bytes) {
                flush();
            }
        }
    }
}
