package vn.parindex.sample;

/** How one generated file is spelled: delimiter, decimal mark (with '.' thousands grouping), line end, BOM. */
public enum Dialect {
    COMMA(',', false, "\n", false),
    COMMA_BOM(',', false, "\r\n", true),
    /** What Excel writes under Vietnamese regional settings. */
    SEMICOLON_EXCEL(';', true, "\r\n", false),
    TAB('\t', true, "\n", false);

    private final char delimiter;
    private final boolean decimalComma;
    private final String lineEnd;
    private final boolean bom;

    Dialect(char delimiter, boolean decimalComma, String lineEnd, boolean bom) {
        this.delimiter = delimiter;
        this.decimalComma = decimalComma;
        this.lineEnd = lineEnd;
        this.bom = bom;
    }

    public char delimiter() {
        return delimiter;
    }

    public boolean decimalComma() {
        return decimalComma;
    }

    public String lineEnd() {
        return lineEnd;
    }

    public boolean bom() {
        return bom;
    }

    /** The dialect of file {@code name}: plain comma unless mixed, else a stable pick per seed and name. */
    static Dialect forFile(String name, long seed, boolean mixed) {
        if (!mixed) {
            return COMMA;
        }
        int pick = (int) Long.remainderUnsigned(Randoms.mix(seed, name.hashCode(), 0x6469616CL), 20);
        return pick < 8 ? COMMA : pick < 13 ? SEMICOLON_EXCEL : pick < 17 ? COMMA_BOM : TAB;
    }
}
