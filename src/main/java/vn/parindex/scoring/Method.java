package vn.parindex.scoring;

import java.util.Locale;
import java.util.Optional;

/** How a criterion earns its points (the framework's {@code method} column). */
public enum Method {
    GROUP, APPRAISED, RATIO, SURVEY;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isLeaf() {
        return this != GROUP;
    }

    public static Optional<Method> fromCode(String code) {
        for (Method m : values()) {
            if (m.code().equalsIgnoreCase(code.trim())) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
