package vn.parindex.template;

import java.text.Normalizer;

/**
 * A unit's name as part of a file name that every file system, zip tool and mail client keeps as it is: Vietnamese
 * letters without their marks (đ → d), every run of other characters one hyphen, at most {@value #MOST} characters
 * ("Quận Nam Từ Liêm" → "Quan-Nam-Tu-Liem").
 */
public final class SafeFileName {

    static final int MOST = 60;

    private SafeFileName() {
    }

    public static String of(String name) {
        if (name == null) {
            return "";
        }
        String plain = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        String safe = plain.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (safe.length() > MOST) {
            safe = safe.substring(0, MOST).replaceAll("-+$", "");
        }
        return safe;
    }
}
