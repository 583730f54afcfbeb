def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('0 error(s)')
assert new File(basedir, 'out/effective.yaml').text.contains('exact: /logout')
return true
