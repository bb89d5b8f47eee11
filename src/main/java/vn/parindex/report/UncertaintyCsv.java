package vn.parindex.report;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.parindex.uncertainty.UnitInterval;
import vn.parindex.warehouse.UnitResult;

/**
 * {@code uncertainty-<year>.csv} (SPEC §12): one row per ranked unit, in the ranking's order, with its rank and index
 * and their 5th, 50th and 95th percentiles, then the share of replicates in each band. The band columns are those of
 * every group, in the order met (each group's bands highest first); a unit's cell for a band of another group is empty.
 */
final class UncertaintyCsv {

    private UncertaintyCsv() {
    }

    static void write(Path target, int year, List<UnitResult> units, Map<String, UnitInterval> intervals) {
        Set<String> bands = new LinkedHashSet<>();
        for (UnitResult u : units) {
            UnitInterval interval = intervals.get(u.unitCode());
            if (interval != null) {
                bands.addAll(interval.bandShares().keySet());
            }
        }
        List<String> header = new ArrayList<>(List.of("year", "group", "unit_code", "unit_name", "rank", "rank_p05", "rank_p50", "rank_p95",
                "index", "index_p05", "index_p50", "index_p95"));
        bands.forEach(b -> header.add("band_" + b));
        List<List<String>> rows = new ArrayList<>();
        for (UnitResult u : units) {
            UnitInterval i = intervals.get(u.unitCode());
            if (!u.ranked() || i == null) {
                continue;
            }
            List<String> row = new ArrayList<>(List.of(Integer.toString(year), CsvCells.text(u.groupCode()), CsvCells.text(u.unitCode()),
                    CsvCells.text(u.unitName()), CsvCells.integer(i.rank()), CsvCells.integer(i.rankP05()), CsvCells.integer(i.rankP50()),
                    CsvCells.integer(i.rankP95()), CsvCells.twoDecimals(i.index()), CsvCells.twoDecimals(i.indexP05()),
                    CsvCells.twoDecimals(i.indexP50()), CsvCells.twoDecimals(i.indexP95())));
            for (String band : bands) {
                BigDecimal share = i.bandShares().get(band);
                row.add(share == null ? "" : share.setScale(3).toPlainString());
            }
            rows.add(row);
        }
        CsvReportWriter.write(target, header, rows);
    }
}
