package vn.parindex.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The units and groups of a generated province: wards, communes and special zones with Vietnamese names. */
public final class SampleProvince {

    private static final String[][] GROUP_KINDS = {
        {"PHUONG", "Phường", "phường"}, {"XA", "Xã", "xã"}, {"DACKHU", "Đặc khu", "đặc khu"}};
    private static final String[] PLACES = {
        "An Bình", "Tân Phú", "Hòa Bình", "Phú Lợi", "Thạnh Mỹ", "Long Hưng", "Đông Hòa", "Tây Sơn", "Bình Minh",
        "Hưng Phú", "Quang Trung", "Trung Hòa", "Yên Thế", "Đức Thắng", "Nghĩa Đô", "Cẩm Lệ", "Hải Châu", "Sơn Trà",
        "Thủy Nguyên", "Lạc Long", "Vĩnh Phúc", "Mỹ Tho", "Tân Định", "Bến Thành", "Đa Kao", "Phước Long",
        "Xuân Hòa", "Ngọc Hà", "Kim Liên", "Thanh Xuân", "Định Công", "Hoàng Liệt", "Ô Chợ Dừa", "Ứng Hòa", "Ỷ La",
        "Đồng Xoài", "Ea Kar", "Bảo Lộc", "Hạ Long", "Ân Thi"};

    private final List<String> groups;
    private final List<SampleUnit> units;

    public SampleProvince(int unitCount, int groupCount, long seed) {
        List<String> groupCodes = new ArrayList<>();
        for (int g = 0; g < groupCount; g++) {
            groupCodes.add(g < GROUP_KINDS.length ? GROUP_KINDS[g][0] : "XA" + (g - GROUP_KINDS.length + 2));
        }
        this.groups = List.copyOf(groupCodes);
        int width = Math.max(3, Integer.toString(unitCount).length());
        List<SampleUnit> all = new ArrayList<>(unitCount);
        for (int i = 0; i < unitCount; i++) {
            int g = i % groupCount;
            String[] kind = GROUP_KINDS[g < GROUP_KINDS.length ? g : 1]; // further groups are more communes
            SplittableRandom random = Randoms.of(seed, i, 0x756E6974L);
            all.add(new SampleUnit(i, String.format("%0" + width + "d", i + 1), kind[1] + " " + place(i),
                    groups.get(g), kind[2], 0.35 + 0.6 * random.nextDouble()));
        }
        this.units = List.copyOf(all);
    }

    /** "An Bình", …, then "An Bình 2", … once the list of places is used up. */
    private static String place(int i) {
        String place = PLACES[i % PLACES.length];
        return i < PLACES.length ? place : place + " " + (i / PLACES.length + 1);
    }

    public List<String> groups() {
        return groups;
    }

    public List<SampleUnit> units() {
        return units;
    }

    public List<SampleUnit> unitsOf(String group) {
        return units.stream().filter(u -> u.groupCode().equals(group)).toList();
    }

    public SampleUnit unit(String code) {
        return units.stream().filter(u -> u.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no generated unit " + code));
    }
}
