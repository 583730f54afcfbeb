// What each of the five builds said, in order (invoker.properties): a generation's summary or the skip.
def lines = new File(basedir, 'build.log').text.readLines()
def said = lines.findAll { it.contains('[INFO] vsplit: istio/ ') }
    .collect { it.contains(' is up to date: ') ? 'skipped' : it.replaceAll(/.*vsplit: istio\/ and istio-review\/: (\d+ written, \d+ unchanged, \d+ deleted).*/, '$1') }
assert said == [
    '6 written, 0 unchanged, 0 deleted',  // 1: first generation
    '2 written, 4 unchanged, 0 deleted',  // 2: the spec's timeout changed: its secondary and the effective routes
    '2 written, 4 unchanged, 0 deleted',  // 3: a class the spec calls changed: the web secondary and the effective routes
    '0 written, 6 unchanged, 0 deleted',  // 4: domainSuffix changed: generated again (same bytes here, nothing rewritten)
    'skipped',                            // 5: nothing changed
] : said.join('\n')
def written = lines.findAll { it.startsWith('[INFO]   written: ') }.collect { it.substring('[INFO]   written: '.length()) }
assert written.drop(6) == ['istio-review/effective-routes.yaml', 'istio/api/virtualservice-api-routes.yaml',
    'istio-review/effective-routes.yaml', 'istio/web/virtualservice-web-routes.yaml'] : written.join('\n')
assert new File(basedir, 'istio/api/virtualservice-api-routes.yaml').text.contains('timeout: 5s')
assert new File(basedir, 'istio/web/virtualservice-web-routes.yaml').text.contains('host: web-v2.web.svc.cluster.local')
return true
