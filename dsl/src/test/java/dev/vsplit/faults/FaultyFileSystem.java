package dev.vsplit.faults;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.AccessMode;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryStream;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.StandardOpenOption;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileAttributeView;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.spi.FileSystemProvider;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The default file system, with an I/O error wherever a test wants one: every operation that
 * changes something (create a folder, open a file for writing, write, flush to the device, move,
 * copy, delete, change an attribute) is counted, and the one numbered {@link #failAt} (or that one
 * and every later one, {@link #failFrom}) throws an {@link IOException}, as a full disk, a yanked
 * network drive or a read-only file system would. Reads always work.
 *
 * <pre>{@code
 * FaultyFileSystem fs = new FaultyFileSystem();
 * fs.failAt(3);
 * generation.writeTo(fs.path(dir));   // the third change fails
 * }</pre>
 */
public final class FaultyFileSystem extends FileSystem {

  private static final FileSystem REAL = FileSystems.getDefault();

  private final Provider provider = new Provider();
  private final List<String> operations = new ArrayList<>();
  private long failAt = Long.MAX_VALUE;
  private boolean persistent;

  /** Fails the {@code n}-th change (1-based) only; the ones after it work again. */
  public synchronized FaultyFileSystem failAt(long n) {
    failAt = n;
    persistent = false;
    operations.clear();
    return this;
  }

  /** Fails the {@code n}-th change and every one after it: the disk is gone. */
  public synchronized FaultyFileSystem failFrom(long n) {
    failAt = n;
    persistent = true;
    operations.clear();
    return this;
  }

  /** Fails nothing; counts from zero again. */
  public synchronized FaultyFileSystem failNever() {
    return failAt(Long.MAX_VALUE);
  }

  /** The changes attempted since the last {@code fail*} call, as {@code "op path"}. */
  public synchronized List<String> operations() {
    return List.copyOf(operations);
  }

  /** {@code real} in this file system. */
  public Path path(Path real) {
    return new FPath(this, real);
  }

  private synchronized void change(String op, Path real) throws IOException {
    operations.add(op + " " + real);
    long n = operations.size();
    if (n == failAt || persistent && n > failAt) {
      throw new IOException("injected I/O error #" + n + ": " + op + " " + real);
    }
  }

  static Path unwrap(Path p) {
    if (p instanceof FPath f) {
      return f.real;
    }
    throw new IllegalArgumentException("not a path of the faulty file system: " + p);
  }

  // ---------------------------------------------------------------------------------------------
  // FileSystem

  @Override
  public FileSystemProvider provider() {
    return provider;
  }

  @Override
  public void close() {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean isOpen() {
    return true;
  }

  @Override
  public boolean isReadOnly() {
    return false;
  }

  @Override
  public String getSeparator() {
    return REAL.getSeparator();
  }

  @Override
  public Iterable<Path> getRootDirectories() {
    List<Path> roots = new ArrayList<>();
    REAL.getRootDirectories().forEach(r -> roots.add(path(r)));
    return roots;
  }

  @Override
  public Iterable<FileStore> getFileStores() {
    return REAL.getFileStores();
  }

  @Override
  public Set<String> supportedFileAttributeViews() {
    return REAL.supportedFileAttributeViews();
  }

  @Override
  public Path getPath(String first, String... more) {
    return path(REAL.getPath(first, more));
  }

  @Override
  public PathMatcher getPathMatcher(String syntaxAndPattern) {
    PathMatcher real = REAL.getPathMatcher(syntaxAndPattern);
    return p -> real.matches(unwrap(p));
  }

  @Override
  public UserPrincipalLookupService getUserPrincipalLookupService() {
    return REAL.getUserPrincipalLookupService();
  }

  @Override
  public WatchService newWatchService() {
    throw new UnsupportedOperationException();
  }

  // ---------------------------------------------------------------------------------------------
  // Path

  private static final class FPath implements Path {
    final FaultyFileSystem fs;
    final Path real;

    FPath(FaultyFileSystem fs, Path real) {
      this.fs = fs;
      this.real = Objects.requireNonNull(real);
    }

    private Path wrap(Path p) {
      return p == null ? null : new FPath(fs, p);
    }

    @Override
    public FileSystem getFileSystem() {
      return fs;
    }

    @Override
    public boolean isAbsolute() {
      return real.isAbsolute();
    }

    @Override
    public Path getRoot() {
      return wrap(real.getRoot());
    }

    @Override
    public Path getFileName() {
      return wrap(real.getFileName());
    }

    @Override
    public Path getParent() {
      return wrap(real.getParent());
    }

    @Override
    public int getNameCount() {
      return real.getNameCount();
    }

    @Override
    public Path getName(int index) {
      return wrap(real.getName(index));
    }

    @Override
    public Path subpath(int beginIndex, int endIndex) {
      return wrap(real.subpath(beginIndex, endIndex));
    }

    @Override
    public boolean startsWith(Path other) {
      return other instanceof FPath f && real.startsWith(f.real);
    }

    @Override
    public boolean endsWith(Path other) {
      return other instanceof FPath f && real.endsWith(f.real);
    }

    @Override
    public Path normalize() {
      return wrap(real.normalize());
    }

    @Override
    public Path resolve(Path other) {
      return wrap(real.resolve(other instanceof FPath f ? f.real : REAL.getPath(other.toString())));
    }

    @Override
    public Path relativize(Path other) {
      return wrap(real.relativize(unwrap(other)));
    }

    @Override
    public URI toUri() {
      return real.toUri();
    }

    @Override
    public Path toAbsolutePath() {
      return wrap(real.toAbsolutePath());
    }

    @Override
    public Path toRealPath(LinkOption... options) throws IOException {
      return wrap(real.toRealPath(options));
    }

    @Override
    public WatchKey register(
        WatchService watcher, WatchEvent.Kind<?>[] events, WatchEvent.Modifier... modifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public int compareTo(Path other) {
      return real.compareTo(unwrap(other));
    }

    @Override
    public Iterator<Path> iterator() {
      List<Path> parts = new ArrayList<>();
      real.forEach(p -> parts.add(wrap(p)));
      return parts.iterator();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof FPath f && f.fs == fs && f.real.equals(real);
    }

    @Override
    public int hashCode() {
      return real.hashCode();
    }

    @Override
    public String toString() {
      return real.toString();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // FileSystemProvider

  private final class Provider extends FileSystemProvider {
    private final FileSystemProvider real = REAL.provider();

    @Override
    public String getScheme() {
      return "faulty";
    }

    @Override
    public FileSystem newFileSystem(URI uri, Map<String, ?> env) {
      throw new UnsupportedOperationException();
    }

    @Override
    public FileSystem getFileSystem(URI uri) {
      return FaultyFileSystem.this;
    }

    @Override
    public Path getPath(URI uri) {
      return path(real.getPath(uri));
    }

    private boolean writes(Set<? extends OpenOption> options) {
      return options.contains(StandardOpenOption.WRITE)
          || options.contains(StandardOpenOption.APPEND)
          || options.contains(StandardOpenOption.CREATE)
          || options.contains(StandardOpenOption.CREATE_NEW);
    }

    @Override
    public SeekableByteChannel newByteChannel(
        Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
        throws IOException {
      return newFileChannel(path, options, attrs);
    }

    @Override
    public FileChannel newFileChannel(
        Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
        throws IOException {
      Path p = unwrap(path);
      if (writes(options)) {
        change("open-for-writing", p);
      }
      return new FaultyChannel(real.newFileChannel(p, options, attrs), p);
    }

    @Override
    public DirectoryStream<Path> newDirectoryStream(
        Path dir, DirectoryStream.Filter<? super Path> filter) throws IOException {
      DirectoryStream<Path> stream =
          real.newDirectoryStream(unwrap(dir), p -> filter.accept(path(p)));
      return new DirectoryStream<>() {
        @Override
        public Iterator<Path> iterator() {
          Iterator<Path> it = stream.iterator();
          return new Iterator<>() {
            @Override
            public boolean hasNext() {
              return it.hasNext();
            }

            @Override
            public Path next() {
              return path(it.next());
            }
          };
        }

        @Override
        public void close() throws IOException {
          stream.close();
        }
      };
    }

    @Override
    public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
      change("create-directory", unwrap(dir));
      real.createDirectory(unwrap(dir), attrs);
    }

    @Override
    public void createSymbolicLink(Path link, Path target, FileAttribute<?>... attrs)
        throws IOException {
      change("create-link", unwrap(link));
      real.createSymbolicLink(unwrap(link), target instanceof FPath f ? f.real : target, attrs);
    }

    @Override
    public Path readSymbolicLink(Path link) throws IOException {
      return path(real.readSymbolicLink(unwrap(link)));
    }

    @Override
    public void delete(Path path) throws IOException {
      change("delete", unwrap(path));
      real.delete(unwrap(path));
    }

    @Override
    public void copy(Path source, Path target, CopyOption... options) throws IOException {
      change("copy", unwrap(target));
      real.copy(unwrap(source), unwrap(target), options);
    }

    @Override
    public void move(Path source, Path target, CopyOption... options) throws IOException {
      change("move", unwrap(target));
      real.move(unwrap(source), unwrap(target), options);
    }

    @Override
    public boolean isSameFile(Path path, Path path2) throws IOException {
      return real.isSameFile(unwrap(path), unwrap(path2));
    }

    @Override
    public boolean isHidden(Path path) throws IOException {
      return real.isHidden(unwrap(path));
    }

    @Override
    public FileStore getFileStore(Path path) throws IOException {
      return real.getFileStore(unwrap(path));
    }

    @Override
    public void checkAccess(Path path, AccessMode... modes) throws IOException {
      real.checkAccess(unwrap(path), modes);
    }

    @Override
    public <V extends FileAttributeView> V getFileAttributeView(
        Path path, Class<V> type, LinkOption... options) {
      return real.getFileAttributeView(unwrap(path), type, options);
    }

    @Override
    public <A extends BasicFileAttributes> A readAttributes(
        Path path, Class<A> type, LinkOption... options) throws IOException {
      return real.readAttributes(unwrap(path), type, options);
    }

    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options)
        throws IOException {
      return real.readAttributes(unwrap(path), attributes, options);
    }

    @Override
    public void setAttribute(Path path, String attribute, Object value, LinkOption... options)
        throws IOException {
      change("set-attribute", unwrap(path));
      real.setAttribute(unwrap(path), attribute, value, options);
    }
  }

  /** A real channel whose writes and flushes count as changes. */
  private final class FaultyChannel extends FileChannel {
    private final FileChannel real;
    private final Path path;

    FaultyChannel(FileChannel real, Path path) {
      this.real = real;
      this.path = path;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
      return real.read(dst);
    }

    @Override
    public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
      return real.read(dsts, offset, length);
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
      change("write", path);
      return real.write(src);
    }

    @Override
    public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
      change("write", path);
      return real.write(srcs, offset, length);
    }

    @Override
    public long position() throws IOException {
      return real.position();
    }

    @Override
    public FileChannel position(long newPosition) throws IOException {
      real.position(newPosition);
      return this;
    }

    @Override
    public long size() throws IOException {
      return real.size();
    }

    @Override
    public FileChannel truncate(long size) throws IOException {
      change("truncate", path);
      real.truncate(size);
      return this;
    }

    @Override
    public void force(boolean metaData) throws IOException {
      change("force", path);
      real.force(metaData);
    }

    @Override
    public long transferTo(long position, long count, WritableByteChannel target)
        throws IOException {
      return real.transferTo(position, count, target);
    }

    @Override
    public long transferFrom(ReadableByteChannel src, long position, long count)
        throws IOException {
      change("write", path);
      return real.transferFrom(src, position, count);
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
      return real.read(dst, position);
    }

    @Override
    public int write(ByteBuffer src, long position) throws IOException {
      change("write", path);
      return real.write(src, position);
    }

    @Override
    public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
      return real.map(mode, position, size);
    }

    @Override
    public FileLock lock(long position, long size, boolean shared) throws IOException {
      return real.lock(position, size, shared);
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
      return real.tryLock(position, size, shared);
    }

    @Override
    protected void implCloseChannel() throws IOException {
      real.close();
    }
  }
}
