package vn.parindex.installation;

import java.util.regex.Pattern;

/** A database URL fit for a terminal or a log: any password it carries is replaced by {@code ***} (SPEC §14). */
public final class Redaction {

    private static final Pattern PASSWORD_OPTION = Pattern.compile("(?i)((?:password|password[123]|trustCertificateKeyStorePassword|clientCertificateKeyStorePassword)=)[^&;#)]*");

    private Redaction() {
    }

    public static String url(String url) {
        if (url == null) {
            return null;
        }
        return PASSWORD_OPTION.matcher(withoutUserInfoPassword(url)).replaceAll("$1***");
    }

    /**
     * {@code //user:password@host}: the password runs from the first {@code :} after {@code //} to the last
     * {@code @} of the URL, whatever it holds in between ({@code @}, {@code #}, {@code /}); a URL whose query
     * holds an {@code @} is masked a little more than needed, never less.
     */
    private static String withoutUserInfoPassword(String url) {
        int start = url.indexOf("//");
        int at = url.lastIndexOf('@');
        if (start < 0 || at < start) {
            return url;
        }
        int colon = url.indexOf(':', start + 2);
        if (colon < 0 || colon > at) {
            return url;
        }
        return url.substring(0, colon + 1) + "***" + url.substring(at);
    }
}
