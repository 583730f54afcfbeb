def log = new File(basedir, 'build.log').text
def has = { String s -> if (!log.contains(s)) throw new AssertionError('build.log lacks: ' + s) }
def lacks = { String s -> if (log.contains(s)) throw new AssertionError('build.log has: ' + s) }

has('BUILD FAILURE')
// the schema's finding, at the line that wrote the timeout
has('src/main/java/com/example/tiny/ApiRoutes.java:23: VS004 api/api-routes spec.http[1].timeout: breaks Istio\'s VirtualService schema: must be a valid duration greater than 1ms, got "3sec"')
has('nothing was written to istio/ and istio-review/')
lacks('Caused by')
// every checked-in file byte for byte as it was, nothing added, no lock or staging folder
def after = new StringBuilder()
new File(basedir, 'istio').eachFileRecurse(groovy.io.FileType.FILES) { f ->
  after << basedir.toPath().relativize(f.toPath()) << '\n' << f.bytes.encodeBase64() << '\n'
}
assert after.toString() == new File(basedir, 'before.txt').text
assert !new File(basedir, 'istio').list().any { it.startsWith('.vsplit') }
return true
