package vn.parindex;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import vn.parindex.cli.Parindex;

/** Entry point: {@code java -jar parindex.jar run|validate|report ...}; see {@link Parindex}. */
@SpringBootApplication
public class ParindexApplication {

    public static void main(String[] args) {
        System.exit(Parindex.fromEnvironment().execute(args));
    }
}
