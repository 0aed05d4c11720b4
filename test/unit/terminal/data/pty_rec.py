import os, pty, sys, time, json, fcntl, termios, struct, select
def run(keys, cols=40, rows=10, ps1='$ ', cwd='/tmp/h5/rec', delay=0.15):
    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(cwd)
        env = {'PATH':'/usr/bin:/bin','TERM':'xterm','PS1':ps1,'LANG':'C.UTF-8','LC_ALL':'C.UTF-8','HOME':cwd,'INPUTRC':'/dev/null','HISTFILE':'/dev/null'}
        os.execve('/bin/bash', ['bash','--norc','--noprofile','-i'], env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack('HHHH', rows, cols, 0, 0))
    out=b''
    def drain(t):
        nonlocal out
        end=time.time()+t
        while time.time()<end:
            r,_,_=select.select([fd],[],[],0.05)
            if r:
                try: out+=os.read(fd,65536)
                except OSError: return
    drain(0.5)
    start=len(out)
    for k in keys:
        os.write(fd, k.encode()); drain(delay)
    os.kill(pid,9); os.waitpid(pid,0)
    return out.decode('utf-8','replace')
if __name__=='__main__':
    keys=json.loads(sys.argv[1]); cols=int(sys.argv[2]) if len(sys.argv)>2 else 40
    print(json.dumps(run(keys, cols)))
