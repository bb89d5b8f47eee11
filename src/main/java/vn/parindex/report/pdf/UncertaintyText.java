package vn.parindex.report.pdf;

import java.util.List;

/** What the uncertainty analysis means and what it does not cover (SPEC §12), in plain Vietnamese, for the methodology pages. */
final class UncertaintyText {

    private UncertaintyText() {
    }

    static List<String> paragraphs(int replicates) {
        String r = VnFormat.integer(replicates);
        return List.of(
                "Các tiêu chí khảo sát dựa trên ý kiến của một mẫu người dân, thường vài chục người ở mỗi đơn vị, nên chỉ số và thứ hạng"
                        + " có thể khác đi nếu khảo sát một mẫu khác. Để đo mức dao động đó, phép tính được lặp lại " + r + " lần: mỗi lần,"
                        + " với từng đơn vị, chọn ngẫu nhiên có hoàn lại trong chính những người đã trả lời của đơn vị, đủ số người như thực tế"
                        + " (mỗi người được chọn mang theo mọi câu trả lời của mình), rồi tính lại điểm các tiêu chí khảo sát, chỉ số và thứ"
                        + " hạng trong nhóm theo đúng quy tắc của bảng xếp hạng (phương pháp bootstrap).",
                "Khoảng 90% của hạng, ví dụ 3 (2–6), đi từ phân vị thứ 5 đến phân vị thứ 95 của các thứ hạng thu được: trong 90% số lần"
                        + " tính lại, đơn vị xếp từ hạng 2 đến hạng 6. Khoảng của chỉ số đọc tương tự. Phân vị thứ p của " + r
                        + " giá trị đã sắp xếp là giá trị ở vị trí p/100 × " + r + " (làm tròn lên). Hai đơn vị có khoảng chồng lên nhau thì khảo sát chưa"
                        + " đủ để khẳng định đơn vị nào hơn đơn vị nào.",
                "Khoảng này chỉ phản ánh sai số do chọn mẫu người trả lời khảo sát. Điểm thẩm định, tỷ lệ hồ sơ đúng hạn, tỷ lệ trực tuyến và"
                        + " các số liệu khác là số đếm đầy đủ chứ không phải mẫu, nên được giữ nguyên trong mọi lần tính lại; khoảng cũng không"
                        + " phản ánh sai sót trong số liệu hay việc chọn tiêu chí và trọng số. Tiêu chí khảo sát không đủ số người trả lời tối"
                        + " thiểu thì vẫn là 0 điểm trong mọi lần tính lại.",
                "Đơn vị không có tiêu chí khảo sát nào được tính trên mẫu có khoảng chỉ gồm một điểm: thứ hạng của đơn vị đó không dựa trên"
                        + " mẫu khảo sát nào. Các lần tính lại được gieo ngẫu nhiên từ năm, mã đơn vị và số thứ tự lần tính, nên tính lại trên"
                        + " cùng dữ liệu luôn cho đúng cùng kết quả.");
    }
}
