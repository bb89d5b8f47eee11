package vn.parindex.installation;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One run per installation: an OS file lock on {@code data/parindex.lock}. The operating system releases it
 * when the process dies, however it dies, so a killed run never blocks the next.
 */
public final class InstallationLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private InstallationLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty when another process holds it. */
    public static Optional<InstallationLock> tryAcquire(Path dataFolder) throws IOException {
        Files.createDirectories(dataFolder);
        FileChannel channel = FileChannel.open(dataFolder.resolve("parindex.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException heldInThisProcess) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        return Optional.of(new InstallationLock(channel, lock));
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
