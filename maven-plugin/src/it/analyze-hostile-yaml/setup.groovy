// Hostile files are made here rather than checked in: some are large, some are not valid text.
def dir = new File(basedir, 'manifests')
dir.mkdirs()
def head = 'apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata:\n  name: reviews\n  namespace: shop\nspec:\n'
def good = head.replace('reviews', 'good') + '  hosts: [good.example.com]\n  http:\n  - route:\n    - destination: {host: good.shop.svc.cluster.local}\n'
new File(dir, 'good.yaml').text = good

def bomb = new StringBuilder(head + '  hosts: [a]\n  x0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n')
(1..9).each { i -> bomb << "  x${i}: &l${i} [" << (["*l${i - 1}"] * 9).join(', ') << ']\n' }
new File(dir, 'bomb.yaml').text = bomb.toString()

def deep = new StringBuilder(head)
(1..1000).each { i -> deep << ('  ' * i) << 'a:\n' }
new File(dir, 'deep.yaml').text = deep.toString()

new File(dir, 'huge.yaml').text = head + '  hosts:\n  - ' + ('x' * 200000) + '\n'
new File(dir, 'dup.yaml').text = head + '  hosts: [a]\n  http: []\n  hosts: [b]\n'
new File(dir, 'types.yaml').text = head + '  hosts: 5\n  http:\n  - match:\n    - port: "eighty"\n    route:\n    - destination: {host: a}\n'
new File(dir, 'tabs.yaml').text = head + '  hosts:\n\t- a\n'

def latin1 = (head + '  hosts: [caf\u00e9.example.com]\n').getBytes('ISO-8859-1')
new File(dir, 'latin1.yaml').bytes = latin1
new File(dir, 'utf16.yaml').bytes = ('\uFEFF' + good.replace('good', 'sixteen')).getBytes('UTF-16LE')

new File(dir, 'three.yaml').text = head.replace('reviews', 'first') + '  hosts: [a]\n  http: [{route: [{destination: {host: a}}]}]\n---\n' +
    head.replace('reviews', 'broken') + '  hosts: [b\n---\n' +
    head.replace('reviews', 'third') + '  hosts: [c]\n  http: [{route: [{destination: {host: c}}]}]\n'
new File(dir, 'other.yaml').text = 'apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata: {name: reviews}\nspec: {host: reviews}\n---\n' +
    head.replace('reviews', 'typo') + '  hosts: [typo.example.com]\n  http:\n  - route:\n    - destination: {host: a}\n    timout: 5s\n'
return true
