package vn.parindex.scoring;

import java.util.regex.Pattern;

/** The code syntax shared by units, criteria, metrics and questions (SPEC §3). */
public final class Codes {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");

    private Codes() {
    }

    public static boolean isValid(String code) {
        return code != null && CODE.matcher(code).matches();
    }
}
