// CI=true (invoker.properties), as GitHub Actions, GitLab CI and CircleCI set it: ApiRoutes' timeout
// changed from 3s to 5s and istio/ was not regenerated. verify must fail at generate, naming each
// stale file with its diff, and leave both folders byte for byte as they were.
import java.security.MessageDigest

def log = new File(basedir, 'build.log').text
def has = { String s -> if (!log.contains(s)) throw new AssertionError('build.log lacks: ' + s) }
def lacks = { String s -> if (log.contains(s)) throw new AssertionError('build.log has: ' + s) }

has('BUILD FAILURE')
has('vsplit:0.1.0-SNAPSHOT:generate (generate)')
has('vsplit: istio/ and istio-review/ do not match the specs (in CI, generate compares and writes nothing')
has('2 files differ from what the specs produce:')
has('  stale          istio/api/virtualservice-api-routes.yaml\n')
has('      --- a/istio/api/virtualservice-api-routes.yaml\n')
has('      +++ b/istio/api/virtualservice-api-routes.yaml\n')
has('      -    timeout: 3s\n')
has('      +    timeout: 5s\n')
has('  stale          istio-review/effective-routes.yaml\n')
has("To fix: run 'mvn process-classes' and commit the output folder.")
// only what the change touched: the primary, the other secondary and the kustomization match
lacks('virtualservice-tiny.yaml')
lacks('virtualservice-web-routes.yaml')
lacks('vsplit: istio/ and istio-review/: ')
// generate failed, so check never ran, and nothing was written
lacks('vsplit:0.1.0-SNAPSHOT:check')

def sums = new StringBuilder()
['istio', 'istio-review'].each { folder ->
  new File(basedir, folder).eachFileRecurse(groovy.io.FileType.FILES) { f ->
    def sha = MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString()
    sums << basedir.toPath().relativize(f.toPath()) << ' ' << sha << '\n'
  }
}
def before = new File(basedir, 'before.txt').text
assert before.readLines().size() == 6 : before
assert sums.toString() == before
return true
