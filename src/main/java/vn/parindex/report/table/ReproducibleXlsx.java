package vn.parindex.report.table;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a workbook so that the same content gives the same bytes (SPEC §11): POI stamps the creation time into
 * {@code docProps/core.xml}, which is cleared (with the modified and printed times), and the package is then copied
 * entry by entry, without recompressing, into a zip whose entries come in a fixed order ({@code [Content_Types].xml}
 * first, the rest by name) and all carry {@link #ENTRY_TIME}.
 */
public final class ReproducibleXlsx {

    /** The time of every zip entry, 1980-01-01 00:00, the first a zip can hold, in every time zone. */
    public static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private static final String CONTENT_TYPES = "[Content_Types].xml";

    private ReproducibleXlsx() {
    }

    static void write(SXSSFWorkbook workbook, OutputStream out) throws IOException {
        POIXMLProperties.CoreProperties core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        core.setCreated(Optional.empty());
        core.setModified(Optional.empty());
        core.setLastPrinted(Optional.empty());
        core.setCreator("parindex");
        Path written = Files.createTempFile("parindex-", ".xlsx");
        try {
            try (OutputStream file = Files.newOutputStream(written)) {
                workbook.write(file);
            }
            repack(written, out);
        } finally {
            Files.deleteIfExists(written);
        }
    }

    private static void repack(Path written, OutputStream out) throws IOException {
        // a zip holds local times: the instant that is 1980-01-01 00:00 here is stored as 1980-01-01 00:00 anywhere
        long time = ENTRY_TIME.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
        try (ZipFile zip = ZipFile.builder().setPath(written).get()) {
            List<ZipArchiveEntry> entries = new ArrayList<>(Collections.list(zip.getEntries()));
            entries.sort(Comparator.comparing((ZipArchiveEntry e) -> !e.getName().equals(CONTENT_TYPES))
                    .thenComparing(ZipArchiveEntry::getName));
            // closing the zip stream frees its deflater; the target stream stays open for its owner to close
            try (ZipArchiveOutputStream repacked = new ZipArchiveOutputStream(new FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            })) {
                for (ZipArchiveEntry entry : entries) {
                    ZipArchiveEntry copy = new ZipArchiveEntry(entry.getName());
                    copy.setMethod(entry.getMethod());
                    copy.setCrc(entry.getCrc());
                    copy.setSize(entry.getSize());
                    copy.setCompressedSize(entry.getCompressedSize());
                    copy.setTime(time);
                    try (InputStream raw = zip.getRawInputStream(entry)) {
                        repacked.addRawArchiveEntry(copy, raw);
                    }
                }
            }
        }
    }
}
