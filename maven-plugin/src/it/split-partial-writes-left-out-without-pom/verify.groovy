def log = new File(basedir, 'build.log').text
// /api/admin cannot move ahead of the earlier canary route of /api that shares its requests: left out
assert log.contains('[WARNING] yaml/monolith.yaml:')
assert log.contains('VS303 default/shop spec.http[1].match[0]: ')
assert log.contains('; left out of the split')
// the summary says where the left-out route's requests go now, and where the route was written
assert log.contains('VS312 default/shop: partial split: routing CHANGED for 1 route(s) left out of the split')
assert log.contains('spec.http[1] (to admin.default.svc.cluster.local): prefix "/api/admin" now goes some to api/')
assert log.contains('the left-out routes are in ownership.left-out.yaml')
assert log.contains('vsplit: proof: routing is CHANGED for the 1 route(s) left out of the split')
assert !log.contains('routing is unchanged')
// the left-out routes are no source file
assert log.contains('[INFO] vsplit: 3 source file(s) written to src/main/java:')
assert log.contains('[INFO] vsplit: the routes left out of the split written to ownership.left-out.yaml')
assert !log.contains('[INFO]   ownership.left-out.yaml')
def leftOut = new File(basedir, 'ownership.left-out.yaml').text
assert leftOut.contains('primary: default/shop')
assert leftOut.contains('# VS303 spec.http[1].match[0]: ')
assert leftOut.contains('prefix: /api/admin')
assert new File(basedir, 'src/main/java/com/example/shop/ShopMesh.java').exists()
return true
