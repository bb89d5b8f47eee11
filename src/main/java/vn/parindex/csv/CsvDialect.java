package vn.parindex.csv;

import java.nio.charset.Charset;

/** What was detected about a file: its encoding, whether it starts with a BOM, its delimiter and number style. */
public record CsvDialect(Charset charset, boolean bom, char delimiter, NumberStyle numberStyle) {
}
