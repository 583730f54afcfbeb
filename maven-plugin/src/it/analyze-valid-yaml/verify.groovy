def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('skipped DestinationRule productpage')
assert log.contains('3 resource(s) read, 0 error(s)')

def effective = new File(basedir, 'target/effective-routes.yaml').text
// vs-1's routes come first (they are under /log), merged with the primary's match
assert effective.contains('name: bookinfo')
assert effective.indexOf('exact: /login') < effective.indexOf('exact: /productpage')
assert effective.contains('host: productpage.default.svc.cluster.local')
assert !effective.contains('delegate')

def findings = new File(basedir, 'target/findings.json').text.trim()
assert findings == '[ ]' || findings == '[]'
return true
