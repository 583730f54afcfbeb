def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
// the dropped route: file, line, resource, path and code
assert log.contains('manifests/cart.yaml:9:')
assert log.contains('VS102 cart/cart spec.http[0].match[0].uri')
assert log.contains('prefix "/checkout" is outside the primary\'s prefix "/cart"')
// the delegate that does not exist, with the hint naming the one that does
assert log.contains('VS105 istio-system/shop spec.http[1].delegate')
assert log.contains('a secondary named catalogue') || log.contains('catalog/catalogue does not exist')
assert log.contains('-Dvsplit.failOnError=false')
// the effective routes are still written: the build fails after reporting
assert new File(basedir, 'target/effective-routes.yaml').exists()
return true
