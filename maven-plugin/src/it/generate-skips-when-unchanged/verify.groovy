// What each of the four builds said, in order (invoker.properties): a generation's summary or the skip.
def lines = new File(basedir, 'build.log').text.readLines()
def skip = lines.findAll { it.contains('vsplit: istio/ is up to date') }
assert skip.size() == 1 : 'only the second build skips'
assert skip[0].startsWith('[INFO] vsplit: istio/ is up to date: nothing it is made from changed since the last generation '
    + '(com.example.tiny.ApiRoutes, com.example.tiny.TinyMesh); skipped in ') : skip[0]
def said = lines.findAll { it.contains('[INFO] vsplit: istio/ ') }
    .collect { it.contains(' is up to date: ') ? 'skipped' : it.replaceAll(/.*vsplit: istio\/ and istio-review\/: (\d+ written, \d+ unchanged, \d+ deleted).*/, '$1') }
assert said == [
    '6 written, 0 unchanged, 0 deleted',  // 1: first generation
    'skipped',                            // 2: nothing changed
    '0 written, 6 unchanged, 0 deleted',  // 3: forced: same bytes, no file written
    '1 written, 5 unchanged, 0 deleted',  // 4: the deleted file comes back
] : said.join('\n')
assert lines.count { it.contains('  written: istio/web/virtualservice-web-routes.yaml') } == 2
assert new File(basedir, 'istio/web/virtualservice-web-routes.yaml').isFile()
return true
