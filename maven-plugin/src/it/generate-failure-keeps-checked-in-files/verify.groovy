def log = new File(basedir, 'build.log').text
def has = { String s -> if (!log.contains(s)) throw new AssertionError('build.log lacks: ' + s) }
def lacks = { String s -> if (log.contains(s)) throw new AssertionError('build.log has: ' + s) }

has('BUILD FAILURE')
// one error, refused where it is written: the .timeout("3sec") line, with Go's words and a guess
has('src/main/java/com/example/tiny/ApiRoutes.java:26: VS210 api/api-routes spec.http[1].timeout: route "orders": timeout "3sec" is refused: bad Duration: time: unknown unit "sec" in duration "3sec"')
has('did you mean "3s"?')
has('vsplit: 1 error(s) in the specs')
lacks('VS004')
lacks('VS002')
lacks('VS105')
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
