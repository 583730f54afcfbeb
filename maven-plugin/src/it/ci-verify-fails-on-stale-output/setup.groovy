// The project is its own git repository, as a user's is (the CODEOWNERS fragment's paths start at
// its root), and istio/ and istio-review/ hold what was generated and committed before the spec
// changed, plus a file vsplit did not write. Remember every file's checksum.
import java.security.MessageDigest

new File(basedir, '.git').text = ''
def sums = new StringBuilder()
['istio', 'istio-review'].findAll { new File(basedir, it).isDirectory() }.each { folder ->
  new File(basedir, folder).eachFileRecurse(groovy.io.FileType.FILES) { f ->
    def sha = MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString()
    sums << basedir.toPath().relativize(f.toPath()) << ' ' << sha << '\n'
  }
}
new File(basedir, 'before.txt').text = sums.toString()
return true
