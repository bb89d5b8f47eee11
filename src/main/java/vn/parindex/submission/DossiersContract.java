package vn.parindex.submission;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import vn.parindex.submission.Records.DossierRecord;

final class DossiersContract implements SubmissionContract<DossierRecord> {

    @Override
    public Kind kind() {
        return Kind.DOSSIERS;
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("year", "unit_code", "dossier_id", "received_at", "due_at", "channel");
    }

    @Override
    public DossierRecord read(Row row, ReferenceData reference) {
        Integer year = row.year("year");
        String unitCode = row.code("unit_code");
        String dossierId = row.identifier("dossier_id");
        String procedure = row.optionalText("procedure_code", 64);
        LocalDateTime received = row.dateTime("received_at", true);
        LocalDateTime due = row.dateTime("due_at", true);
        LocalDateTime resolved = row.dateTime("resolved_at", false);
        if (received != null && due != null && due.toLocalDate().isBefore(received.toLocalDate())) {
            row.error("due_at", "DATE", "Hạn giải quyết " + row.text("due_at") + " sớm hơn ngày tiếp nhận "
                    + row.text("received_at") + ". Hãy kiểm tra lại ngày.");
        }
        if (received != null && resolved != null && resolved.toLocalDate().isBefore(received.toLocalDate())) {
            row.error("resolved_at", "DATE", "Ngày giải quyết " + row.text("resolved_at") + " sớm hơn ngày tiếp nhận "
                    + row.text("received_at") + ". Hãy kiểm tra lại ngày.");
        }
        String channel = row.requiredText("channel");
        Boolean online = null;
        if (channel != null) {
            switch (channel.toLowerCase(Locale.ROOT)) {
                case "online" -> online = true;
                case "offline" -> online = false;
                default -> row.error("channel", "CHANNEL", "Kênh tiếp nhận '" + Row.quoted(channel) + "' không hợp lệ: dùng 'online' hoặc 'offline'.");
            }
        }
        UnitChecks.activeUnit(row, reference, year, unitCode);
        return row.valid() ? new DossierRecord(year, unitCode, dossierId, procedure, received, due, resolved, online, row.line()) : null;
    }

    @Override
    public Object duplicateKey(DossierRecord record) {
        return List.of(record.year(), record.unitCode(), record.dossierId());
    }

    @Override
    public String duplicateKeyColumns() {
        return "year, unit_code, dossier_id";
    }
}
