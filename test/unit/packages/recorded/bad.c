#include<stdio.h>

int main()
{
   printf("hello docker\n")
}
