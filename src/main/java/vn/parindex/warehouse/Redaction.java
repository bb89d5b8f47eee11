package vn.parindex.warehouse;

import java.util.regex.Pattern;

/** A database URL fit for a terminal or a log: any password it carries is replaced by {@code ***} (SPEC §14). */
public final class Redaction {

    /** {@code //user:password@host}: the password runs to the last {@code @} of the authority, whatever it holds. */
    private static final Pattern USER_INFO = Pattern.compile("(//[^:@/?]*:)[^@]*@");
    private static final Pattern PASSWORD_OPTION = Pattern.compile("(?i)((?:password|password[123]|trustCertificateKeyStorePassword|clientCertificateKeyStorePassword)=)[^&;#]*");

    private Redaction() {
    }

    public static String url(String url) {
        if (url == null) {
            return null;
        }
        String redacted = USER_INFO.matcher(url).replaceAll("$1***@");
        return PASSWORD_OPTION.matcher(redacted).replaceAll("$1***");
    }
}
