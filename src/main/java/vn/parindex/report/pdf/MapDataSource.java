package vn.parindex.report.pdf;

import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRField;

/**
 * Rows as maps keyed by field name. After reporting the end once it starts over, so an expression that hands
 * the same source to an element twice (a table header reprinted on a new page) sees every row again.
 */
public final class MapDataSource implements JRDataSource {

    private final List<Map<String, ?>> rows;
    private int index = -1;

    public MapDataSource(List<? extends Map<String, ?>> rows) {
        this.rows = List.copyOf(rows);
    }

    @Override
    public boolean next() {
        index++;
        if (index < rows.size()) {
            return true;
        }
        index = -1;
        return false;
    }

    @Override
    public Object getFieldValue(JRField field) {
        return rows.get(index).get(field.getName());
    }
}
