import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('VS102 cart/cart')

def findings = new JsonSlurper().parse(new File(basedir, 'target/findings.json'))
def codes = findings.collect { it.code }
assert codes.contains('VS102')
assert codes.contains('VS105')
def dropped = findings.find { it.code == 'VS102' }
assert dropped.severity == 'error'
assert dropped.resource == 'cart/cart'
assert dropped.path == 'spec.http[0].match[0].uri'
assert dropped.file.endsWith('cart.yaml')
assert dropped.line == 9
return true
