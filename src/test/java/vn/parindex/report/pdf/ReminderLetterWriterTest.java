package vn.parindex.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.collection.DataKind;
import vn.parindex.collection.Deadlines;
import vn.parindex.collection.Expectations;
import vn.parindex.collection.GroupStatus;
import vn.parindex.collection.KindStatus;
import vn.parindex.collection.Rejection;
import vn.parindex.collection.UnitStatus;
import vn.parindex.collection.YearStatus;
import vn.parindex.support.PdfA;
import vn.parindex.report.model.OfficialHeading;

/** The fullest reminder letter (every kind lacking, each rejected, a long name and heading) still fits one PDF/A page. */
class ReminderLetterWriterTest {

    @TempDir
    Path folder;

    @Test
    void theFullestLetterFitsOnePage() throws IOException {
        LocalDate deadline = LocalDate.of(2025, 12, 5);
        List<KindStatus> kinds = new ArrayList<>();
        for (DataKind kind : DataKind.values()) {
            kinds.add(new KindStatus(kind, KindStatus.State.REJECTED, null,
                    new Rejection(kind, "tệp-rất-dài-của-đơn-vị-" + kind.code() + "-bản-sửa-lần-thứ-ba.xlsx",
                            LocalDateTime.of(2025, 12, 1, 9, 0), "OUT_OF_RANGE"), 0L, 30L, deadline, true));
        }
        String name = "Ủy ban nhân dân phường Nguyễn Trung Trực thuộc thành phố Rạch Giá cũ (sau sắp xếp)";
        UnitStatus unit = new UnitStatus("U-000123", name, "PHUONG_XA", kinds, kinds.get(0).rejection(), List.of(), 0);
        Expectations expectations = new Expectations(List.of(DataKind.values()), 30,
                List.of("plan.completed", "documents.electronic", "meetings.online", "budget.disbursed", "complaints.resolved"));
        YearStatus status = new YearStatus(2025, LocalDate.of(2025, 12, 20),
                List.of(new GroupStatus("PHUONG_XA", "Khối phường, xã", expectations, List.of(unit))),
                new Deadlines(Map.of()));
        ReminderLetterWriter writer = new ReminderLetterWriter(Optional.of(
                new OfficialHeading("Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu", "Sở Nội vụ")));

        List<Path> written = writer.write(status, folder);

        assertThat(written).containsExactly(folder.resolve("reminder-2025-U-000123.pdf"));
        byte[] pdf = Files.readAllBytes(written.get(0));
        PdfA.assertPdfA2b(pdf, "the fullest reminder letter");
        try (PDDocument letter = Loader.loadPDF(pdf)) {
            assertThat(letter.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(letter).replaceAll("\\s+", " ");
            assertThat(text).contains("Kính gửi: " + name).contains("Trân trọng./.").contains("(Ký, ghi rõ họ tên, đóng dấu)")
                    .contains("complaints.resolved").contains("SỞ NỘI VỤ").contains("tệp sổ theo dõi hồ sơ thủ tục hành chính (mục 5.9 Hướng dẫn nộp dữ liệu)");
        }
        assertThat(writer.write(status, folder)).hasSize(1);
        assertThat(Files.readAllBytes(written.get(0))).as("same status, same bytes").isEqualTo(pdf);
    }
}
