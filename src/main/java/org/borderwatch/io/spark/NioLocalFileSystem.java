package org.borderwatch.io.spark;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.io.nativeio.NativeIO;

/**
 * Hadoop's local file system (checksums included), setting permissions through {@code java.nio}. Without Hadoop's
 * native library, which Spark's own distribution does not ship, Hadoop starts a {@code chmod} process for every file
 * and folder it creates: three per date folder of a table written, each a fork of the whole JVM. Registered for
 * {@code file:} paths by {@code spark.hadoop.fs.file.impl}.
 */
public final class NioLocalFileSystem extends LocalFileSystem {
  /** {@link PosixFilePermission}'s constants in order from the owner's read bit (octal 400) down. */
  private static final PosixFilePermission[] BITS = PosixFilePermission.values();
  private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  public NioLocalFileSystem() {
    super(new Raw());
  }

  /** The permissions of {@code permission}'s nine owner, group and other bits. */
  static Set<PosixFilePermission> posix(FsPermission permission) {
    Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
    short bits = permission.toShort();
    for (int i = 0; i < BITS.length; i++) {
      if ((bits & (1 << (BITS.length - 1 - i))) != 0) {
        set.add(BITS[i]);
      }
    }
    return set;
  }

  private static final class Raw extends RawLocalFileSystem {
    @Override
    public void setPermission(Path p, FsPermission permission) throws IOException {
      if (!POSIX || NativeIO.isAvailable()) {
        super.setPermission(p, permission);
        return;
      }
      Files.setPosixFilePermissions(pathToFile(p).toPath(), posix(permission));
    }
  }
}
