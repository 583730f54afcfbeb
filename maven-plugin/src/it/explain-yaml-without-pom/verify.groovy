def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('[INFO] GET /logfoo host bookinfo.example.com')
assert log.contains('[INFO]   #0 team identity, ns1/vs-1 spec.http[0] (exact "/login" or exact "/logout"): no')
assert log.contains('[INFO]       match[1] uri exact "/logout": the path is "/logfoo"')
assert log.contains('[INFO]       match[1] uri prefix "/static": the path "/logfoo" does not start with it')
assert log.contains('[INFO]   -> no route matches: Envoy answers 404 (route_not_found)')
return true
